package dev.readingedition.dts;

import java.util.LinkedHashMap;
import java.util.Map;

import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/**
 * A refused DTS request is answered in JSON, like the edition's other APIs: the status
 * and what was wrong. The JSON writer escapes {@code < > & '}, so a parameter echoed in
 * the message never carries markup.
 */
@RestControllerAdvice(basePackageClasses = DtsErrors.class)
class DtsErrors {

	@ExceptionHandler(DtsException.class)
	ResponseEntity<Map<String, Object>> refused(DtsException ex) {
		Map<String, Object> body = new LinkedHashMap<>();
		body.put("status", ex.status().value());
		body.put("error", ex.getMessage());
		return ResponseEntity.status(ex.status()).contentType(MediaType.APPLICATION_JSON).body(body);
	}

}
