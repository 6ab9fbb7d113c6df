package io.boto4j.fuzz;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import io.boto4j.config.ProfileFile;
import io.boto4j.exception.ConfigParseError;
import java.nio.file.Path;
import java.util.Set;

/** The shared config and credentials file parser on arbitrary bytes: a profile map or ConfigParseError. */
class IniParserFuzzer {
    private static final Path SOURCE = Path.of("/fuzz/config");

    public static void fuzzerTestOneInput(FuzzedDataProvider data) {
        boolean credentials = data.consumeBoolean();
        byte[] bytes = data.consumeRemainingAsBytes();
        FuzzFindings.allowOnly(Set.of(ConfigParseError.class), () -> {
            ProfileFile f = credentials ? ProfileFile.parseCredentials(SOURCE, bytes) : ProfileFile.parseConfig(SOURCE, bytes);
            f.toString();
        });
    }

    @FuzzTest(maxDuration = "10s")
    void configFilesParseOrRaiseConfigParseError(FuzzedDataProvider data) {
        fuzzerTestOneInput(data);
    }
}
