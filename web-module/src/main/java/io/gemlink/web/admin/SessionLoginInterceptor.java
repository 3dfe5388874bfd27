package io.gemlink.web.admin;

import jakarta.annotation.Priority;
import jakarta.interceptor.AroundInvoke;
import jakarta.interceptor.Interceptor;
import jakarta.interceptor.InvocationContext;
import jakarta.security.enterprise.authentication.mechanism.http.HttpMessageContext;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import java.util.Set;

/**
 * Logs in the caller of a session that holds a login, as {@code @AutoApplySession} would, but from a plain
 * session attribute that a replicated session carries to every instance (payara/Payara#6342: the
 * container's own record of the login loses its roles there). Its priority puts it where
 * {@code @AutoApplySession}'s interceptor is, before {@code @LoginToContinue}'s (Soteria: +200 and +220), so a
 * logged-in session never reaches the login page. A post of the login form goes on to the mechanism.
 */
@SessionLogin
@Interceptor
@Priority(Interceptor.Priority.PLATFORM_BEFORE + 210)
public class SessionLoginInterceptor {

    @AroundInvoke
    public Object applySessionLogin(InvocationContext invocation) throws Exception {
        if ("validateRequest".equals(invocation.getMethod().getName())
                && invocation.getParameters()[0] instanceof HttpServletRequest request
                && invocation.getParameters()[2] instanceof HttpMessageContext context
                && !AdminSecurity.isLoginPost(request)) {
            HttpSession session = request.getSession(false);
            if (session != null && session.getAttribute(AdminSecurity.CALLER) instanceof String email) {
                return context.notifyContainerAboutLogin(email, Set.of(AdminSecurity.USER_ROLE));
            }
        }
        return invocation.proceed();
    }
}
