package io.boto4j.sample.inbox;

/** S3 user metadata and header values travel as ASCII: other characters become '_' there (names stay whole in DynamoDB). */
final class MetadataText {
    private MetadataText() {
    }

    static String ascii(String text) {
        StringBuilder sb = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            sb.append(c >= 0x20 && c < 0x7f && c != '"' && c != '\\' ? c : '_');
        }
        return sb.toString();
    }
}
