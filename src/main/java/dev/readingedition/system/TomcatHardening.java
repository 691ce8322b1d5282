package dev.readingedition.system;

import java.io.IOException;
import java.io.PrintWriter;

import org.apache.catalina.Valve;
import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.catalina.core.StandardHost;
import org.apache.catalina.valves.ErrorReportValve;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.tomcat.ConfigurableTomcatWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.core.Ordered;
import org.springframework.stereotype.Component;

/**
 * Requests so malformed that Tomcat refuses them before our code runs (an encoded slash
 * or NUL, bad percent-encoding, an oversized request line) still get our headers and a
 * plain page: no server name or version, nothing echoed.
 */
@Component
class TomcatHardening implements WebServerFactoryCustomizer<ConfigurableTomcatWebServerFactory>, Ordered {

	private final boolean hsts;

	TomcatHardening(@Value("${edition.security.hsts:true}") boolean hsts) {
		this.hsts = hsts;
	}

	@Override
	public void customize(ConfigurableTomcatWebServerFactory factory) {
		factory.addContextCustomizers((context) -> {
			// Boot adds Tomcat's own report valve to the host; ours takes its place.
			for (Valve valve : context.getParent().getPipeline().getValves()) {
				if (valve instanceof ErrorReportValve) {
					context.getParent().getPipeline().removeValve(valve);
				}
			}
			context.getParent().getPipeline().addValve(new PlainErrorReportValve(hsts));
			// The host adds a report valve of this class at start unless one is there:
			// name ours.
			((StandardHost) context.getParent()).setErrorReportValveClass(PlainErrorReportValve.class.getName());
		});
	}

	@Override
	public int getOrder() {
		// After Boot's own customizer, whose valve this one replaces.
		return Ordered.LOWEST_PRECEDENCE;
	}

	/**
	 * Reports errors that never reached the application in a few plain words, with the
	 * security headers.
	 */
	static final class PlainErrorReportValve extends ErrorReportValve {

		private final boolean hsts;

		PlainErrorReportValve(boolean hsts) {
			this.hsts = hsts;
			setShowReport(false);
			setShowServerInfo(false);
		}

		@Override
		protected void report(Request request, Response response, Throwable throwable) {
			int status = response.getStatus();
			if (status < 400 || response.getContentWritten() > 0 || response.isCommitted()) {
				return;
			}
			SecurityHeaders.apply(request, response, hsts);
			String title = status == 400 ? "Bad request" : status == 404 ? "Not found" : "Error " + status;
			String explanation = status < 500
					? "The request could not be answered as it was sent. Check the address and try again."
					: "Something went wrong on our side. Please try again in a moment.";
			try {
				response.setContentType("text/html");
				response.setCharacterEncoding("UTF-8");
				PrintWriter writer = response.getReporter();
				if (writer != null) {
					writer.write("<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>" + title
							+ "</title><link rel=\"stylesheet\" href=\"/css/edition.css\"></head><body><main id=\"main\" "
							+ "class=\"error-page\"><h1>" + title + "</h1><p>" + explanation
							+ "</p><p><a href=\"/\">Go to the edition&rsquo;s first page</a>.</p></main></body></html>");
				}
			}
			catch (IOException | IllegalStateException ex) {
				// The client is gone or the answer already started; nothing more can be
				// said.
			}
		}

	}

}
