package io.boto4j.fuzz;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;

/** The query XML (SQS ListQueues) response parser on arbitrary bodies: a result map or ResponseParserError. */
class QueryResponseFuzzer {
    private static final ResponseParserFuzzer PARSER = new ResponseParserFuzzer("sqs", "ListQueues", "text/xml");

    public static void fuzzerTestOneInput(FuzzedDataProvider data) {
        int status = data.pickValue(new int[] {200, 200, 200, 400, 404, 500, 503});
        PARSER.parse(status, data.consumeRemainingAsBytes());
    }

    @FuzzTest(maxDuration = "10s")
    void responseBodiesParseOrRaiseResponseParserError(FuzzedDataProvider data) {
        fuzzerTestOneInput(data);
    }
}
