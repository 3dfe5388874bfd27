/**
 * The overview pages of the admin: each role's setup checklist (what is done, what to do next, each step a link to
 * the page that does it) and its dashboard (numbers and Chart.js charts, each number a link to the filtered list
 * behind it). The beans only assemble: every number is counted by its owning module's {@code *Stats} boundary, for
 * the signed-in account only (docs/dashboards.md says what each counts). Owns no table, fires nothing.
 */
package io.gemlink.web.dashboard;
