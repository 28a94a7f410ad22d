package dev.backoffice.examples.spring;

import dev.backoffice.common.Actor;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.MethodParameter;
import org.springframework.web.bind.support.WebDataBinderFactory;
import org.springframework.web.context.request.NativeWebRequest;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.method.support.ModelAndViewContainer;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

import java.util.List;

/**
 * Who calls: every library call acts for an {@link Actor} of one tenant. This example reads the
 * tenant and the user from the {@value #TENANT_HEADER} and {@value #USER_HEADER} headers; a real
 * host takes them from its authentication (for example Spring Security's principal and the
 * tenant it belongs to), never from what a client claims.
 */
@Configuration(proxyBeanMethods = false)
class CurrentActor implements WebMvcConfigurer, HandlerMethodArgumentResolver {

    static final String TENANT_HEADER = "X-Tenant";
    static final String USER_HEADER = "X-User";

    @Override
    public void addArgumentResolvers(List<HandlerMethodArgumentResolver> resolvers) {
        resolvers.add(this);
    }

    @Override
    public boolean supportsParameter(MethodParameter parameter) {
        return parameter.getParameterType() == Actor.class;
    }

    /** The actor of the request; a missing or malformed header is refused by the library ({@code tenant.invalid}, {@code actor.invalid}). */
    @Override
    public Actor resolveArgument(MethodParameter parameter, ModelAndViewContainer container, NativeWebRequest request,
                                 WebDataBinderFactory binderFactory) {
        return Actor.of(request.getHeader(TENANT_HEADER), request.getHeader(USER_HEADER));
    }
}
