package io.boto4j.internal.retry;

import io.boto4j.internal.json.JsonTrees;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.boto4j.internal.json.JsonNode;
import io.boto4j.internal.json.Json;
import io.boto4j.testsupport.Python;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * Adaptive mode's rate limiter against botocore's ClientRateLimiter, TokenBucket, CubicCalculator and
 * RateClocker driven by the same fake clock and the same sequence of responses.
 */
class AdaptiveRateLimiterOracleTest {
    private static final String SCRIPT = """
            import sys, json
            from botocore.retries import adaptive, bucket, throttling
            events = json.load(sys.stdin)
            class FakeClock:
                t = 0.0
                def current_time(self): return self.t
                def sleep(self, s): self.t += s
            clock = FakeClock()
            clock.t = events[0]['t']
            class Detector:
                throttled = False
                def is_throttling_error(self, **kw): return self.throttled
            det = Detector()
            limiter = adaptive.ClientRateLimiter(
                rate_adjustor=throttling.CubicCalculator(starting_max_rate=0, start_time=clock.current_time()),
                rate_clocker=adaptive.RateClocker(clock),
                token_bucket=bucket.TokenBucket(max_rate=1, clock=clock),
                throttling_detector=det, clock=clock)
            out = []
            for e in events:
                clock.t = e['t']
                det.throttled = e['throttled']
                limiter.on_receiving_response()
                out.append({'rate': limiter._token_bucket.max_rate,
                            'capacity': limiter._token_bucket.max_capacity,
                            'measured': limiter._rate_clocker.measured_rate,
                            'enabled': limiter._enabled})
            print(json.dumps(out))
            """;

    private static final class FakeTime implements Ticker, Sleeper {
        double now;
        double slept;

        @Override
        public double seconds() {
            return now;
        }

        @Override
        public void sleep(Duration d) {
            double s = d.toNanos() / 1e9;
            now += s;
            slept += s;
        }
    }

    @Test
    void sendRateFollowsBotocoreUnderBurstsOfThrottling() throws Exception {
        Random random = new Random(7);
        List<Map<String, Object>> events = new ArrayList<>();
        double t = 1_700_000_000.25;
        for (int i = 0; i < 400; i++) {
            t += random.nextDouble() * 0.2;
            // bursts of throttles between quiet stretches, so the rate both falls and recovers
            boolean throttled = (i / 40) % 2 == 1 && random.nextInt(3) == 0;
            events.add(Map.of("t", t, "throttled", throttled));
        }
        JsonNode expected = JsonTrees.read(Python.run(SCRIPT, Json.write(events)));

        FakeTime time = new FakeTime();
        time.now = (double) events.get(0).get("t");
        ClientRateLimiter limiter = new ClientRateLimiter(time, time);
        double lowest = Double.MAX_VALUE;
        for (int i = 0; i < events.size(); i++) {
            time.now = (double) events.get(i).get("t");
            limiter.onResponse((boolean) events.get(i).get("throttled"));
            JsonNode want = expected.get(i);
            assertEquals(want.get("rate").asDouble(), limiter.sendRate(), 1e-9 * Math.max(1, limiter.sendRate()),
                    "send rate after event " + i);
            assertEquals(want.get("enabled").asBoolean(), limiter.isEnabled(), "enabled after event " + i);
            lowest = Math.min(lowest, limiter.sendRate());
        }
        assertTrue(lowest < 5, "throttling never lowered the rate: " + lowest);
    }

    @Test
    void limiterStaysOpenUntilTheFirstThrottle() throws Exception {
        FakeTime time = new FakeTime();
        ClientRateLimiter limiter = new ClientRateLimiter(time, time);
        for (int i = 0; i < 50; i++) {
            limiter.beforeSend();
            time.now += 0.01;
            limiter.onResponse(false);
        }
        assertFalse(limiter.isEnabled());
        assertEquals(0.0, time.slept);
    }

    @Test
    void throttledClientWaitsForTokensAtTheReducedRate() throws Exception {
        FakeTime time = new FakeTime();
        time.now = 100;
        ClientRateLimiter limiter = new ClientRateLimiter(time, time);
        // ten responses a second for three seconds, then a throttle
        for (int i = 0; i < 30; i++) {
            time.now += 0.1;
            limiter.onResponse(false);
        }
        limiter.onResponse(true);
        assertTrue(limiter.isEnabled());
        double rate = limiter.sendRate();
        assertTrue(rate > 0.5 && rate < 10, "rate after throttle " + rate);
        double start = time.now;
        int sends = 20;
        for (int i = 0; i < sends; i++) {
            limiter.beforeSend();
        }
        double elapsed = time.now - start;
        // a bucket of at most max(rate, 1) tokens then `rate` tokens per second
        double minimum = (sends - Math.max(rate, 1)) / rate;
        assertTrue(elapsed >= minimum - 1e-6, "sent " + sends + " in " + elapsed + " s at rate " + rate);
        assertTrue(elapsed <= sends / rate + 1e-6, "waited too long: " + elapsed);
    }

    @Test
    void adaptiveStrategyFeedsEveryOutcomeToTheLimiter() throws Exception {
        FakeTime time = new FakeTime();
        AdaptiveRetryStrategy strategy = new AdaptiveRetryStrategy(3, new RetryQuota(), () -> 0.0, time, time);
        RetryCall call = strategy.newCall();
        call.beforeAttempt();
        assertTrue(call.afterAttempt(AttemptOutcome.response(1, 400, "ThrottlingException", Map.of())).retry());
        assertTrue(strategy.rateLimiter().isEnabled());
        assertEquals("adaptive", strategy.mode());
    }
}
