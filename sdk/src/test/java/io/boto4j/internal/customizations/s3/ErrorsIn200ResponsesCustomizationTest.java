package io.boto4j.internal.customizations.s3;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The byte scan used for most operations agrees with the parser-based check on bodies that are or are not
 * {@code <Error>} documents; only truncation is left to the parser.
 */
class ErrorsIn200ResponsesCustomizationTest {
    @Test
    void byteScanAgreesWithTheParserOnWholeDocuments() {
        for (String body : List.of("<Error><Code>X</Code></Error>",
                "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<Error><Code>X</Code></Error>",
                "  \r\n<Error >x</Error>", "<Error/>", "<ErrorDocument><Key>k</Key></ErrorDocument>",
                "<?xml version=\"1.0\"?><CopyObjectResult><ETag>e</ETag></CopyObjectResult>",
                "<ListBucketResult><Name>Error</Name></ListBucketResult>", "<Errors></Errors>")) {
            byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
            assertEquals(ErrorsIn200Responses.isError(bytes, true), ErrorsIn200Responses.startsWithErrorElement(bytes),
                    body);
        }
    }

    @Test
    void truncatedDocumentIsAnErrorOnlyWhenParsedWhole() {
        byte[] cut = "<?xml version=\"1.0\"?><CompleteMultipartUploadResult><ETag>e</ET".getBytes(StandardCharsets.UTF_8);
        assertEquals(true, ErrorsIn200Responses.isError(cut, true));
        assertEquals(false, ErrorsIn200Responses.startsWithErrorElement(cut));
    }
}
