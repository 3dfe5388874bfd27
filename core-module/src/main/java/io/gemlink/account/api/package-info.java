/**
 * Accounts (tenants) as other modules see them: views, the fact
 * {@link io.gemlink.account.api.DropshippingSettingsChanged}, and two {@code @Local} interfaces,
 * {@link io.gemlink.account.api.AccountDirectory} and {@link io.gemlink.account.api.ActivityLog},
 * implemented in platform-module. Holds no logic of its own.
 */
package io.gemlink.account.api;
