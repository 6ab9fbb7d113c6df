package io.boto4j.sample.inbox;

import io.boto4j.exception.ConnectTimeoutError;
import io.boto4j.exception.EndpointConnectionError;
import io.boto4j.exception.ReadTimeoutError;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.multipart.MultipartException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

/**
 * Problem details for every error: Spring MVC's own (missing {@code file} part 400, too large 413) and the
 * inbox's: an unknown id is 404, a backend that cannot be reached is 503 with the reason.
 */
@RestControllerAdvice
class InboxProblems extends ResponseEntityExceptionHandler {
    @ExceptionHandler(DocumentNotFoundException.class)
    ProblemDetail notFound(DocumentNotFoundException e) {
        return problem(HttpStatus.NOT_FOUND, "Document not found", e.getMessage());
    }

    /** A request that is not multipart at all has no {@code file} part either. */
    @ExceptionHandler(MultipartException.class)
    ProblemDetail notMultipart(MultipartException e) {
        return problem(HttpStatus.BAD_REQUEST, "Bad upload", "send the document as the multipart part 'file' ("
                + e.getMessage() + ")");
    }

    @ExceptionHandler(IllegalArgumentException.class)
    ProblemDetail badArgument(IllegalArgumentException e) {
        return problem(HttpStatus.BAD_REQUEST, "Bad request", e.getMessage());
    }

    /** The SDK's connection failures, also when a transfer or the worker wraps them. */
    @ExceptionHandler(RuntimeException.class)
    ProblemDetail backendOrBug(RuntimeException e) throws RuntimeException {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof EndpointConnectionError || t instanceof ConnectTimeoutError
                    || t instanceof ReadTimeoutError) {
                return problem(HttpStatus.SERVICE_UNAVAILABLE, "Backend unavailable", t.getMessage());
            }
        }
        throw e;
    }

    private static ProblemDetail problem(HttpStatus status, String title, String detail) {
        ProblemDetail p = ProblemDetail.forStatusAndDetail(status, detail);
        p.setTitle(title);
        return p;
    }
}
