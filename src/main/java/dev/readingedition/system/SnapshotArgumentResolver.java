package dev.readingedition.system;

import java.util.List;

import dev.readingedition.live.LiveEdition;
import dev.readingedition.live.Snapshot;

import org.springframework.context.annotation.Configuration;
import org.springframework.core.MethodParameter;
import org.springframework.web.bind.support.WebDataBinderFactory;
import org.springframework.web.context.request.NativeWebRequest;
import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.method.support.ModelAndViewContainer;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * Hands a controller the edition as it stands when the request arrives: taken once per
 * request and kept for it, so every part of one answer comes from the same load of the
 * content, even while a reload swaps in a new one.
 */
@Configuration(proxyBeanMethods = false)
public class SnapshotArgumentResolver implements HandlerMethodArgumentResolver, WebMvcConfigurer {

	/**
	 * Where the snapshot of a request is kept; the response cache puts it there first,
	 * for pages it renders.
	 */
	public static final String ATTRIBUTE = SnapshotArgumentResolver.class.getName();

	private final LiveEdition live;

	SnapshotArgumentResolver(LiveEdition live) {
		this.live = live;
	}

	@Override
	public void addArgumentResolvers(List<HandlerMethodArgumentResolver> resolvers) {
		resolvers.add(this);
	}

	@Override
	public boolean supportsParameter(MethodParameter parameter) {
		return parameter.getParameterType() == Snapshot.class;
	}

	@Override
	public Object resolveArgument(MethodParameter parameter, ModelAndViewContainer container, NativeWebRequest request,
			WebDataBinderFactory binderFactory) {
		Object taken = request.getAttribute(ATTRIBUTE, RequestAttributes.SCOPE_REQUEST);
		if (taken instanceof Snapshot snapshot) {
			return snapshot;
		}
		Snapshot snapshot = live.snapshot();
		request.setAttribute(ATTRIBUTE, snapshot, RequestAttributes.SCOPE_REQUEST);
		return snapshot;
	}

}
