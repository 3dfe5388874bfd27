package io.gemlink.web.admin;

import static java.lang.annotation.ElementType.TYPE;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import jakarta.interceptor.InterceptorBinding;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;

/**
 * On {@link AdminSecurity}: a session that holds a login ({@link AdminSecurity#CALLER}) is logged in on every
 * request, before Jakarta Security's login-to-continue would send it to the login page
 * ({@link SessionLoginInterceptor}).
 */
@InterceptorBinding
@Retention(RUNTIME)
@Target(TYPE)
public @interface SessionLogin {}
