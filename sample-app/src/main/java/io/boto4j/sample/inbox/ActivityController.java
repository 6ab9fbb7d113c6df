package io.boto4j.sample.inbox;

import java.util.List;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/** {@code GET /api/activity}: the last AWS calls, newest first. */
@RestController
class ActivityController {
    private final SdkCallLog log;

    ActivityController(SdkCallLog log) {
        this.log = log;
    }

    @GetMapping("/api/activity")
    List<SdkCallLog.Call> recent() {
        return log.recent();
    }
}
