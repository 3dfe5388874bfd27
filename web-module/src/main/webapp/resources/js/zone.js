// Keeps the browser's time zone in a cookie, so that the admin shows times in it (io.gemlink.web.admin.Labels).
(function () {
    try {
        var zone = Intl.DateTimeFormat().resolvedOptions().timeZone;
        if (zone && document.cookie.indexOf('gl_tz=' + encodeURIComponent(zone)) < 0) {
            document.cookie = 'gl_tz=' + encodeURIComponent(zone) + '; path=/; max-age=31536000; SameSite=Lax';
        }
    } catch (e) {
        // no Intl: the admin shows UTC, and says so
    }
})();
