package io.boto4j.internal.pipeline;

import io.boto4j.internal.model.ModelTrees;
import io.boto4j.model.OperationModel;
import io.boto4j.internal.protocol.SerializedRequest;
import io.boto4j.internal.protocol.compress.RequestCompressionEncoder;

/** Gzips the bodies of operations that accept compressed requests, from the client's size threshold up. */
record CompressionStage(boolean disabled, long minSizeBytes) {
    SerializedRequest apply(OperationModel op, SerializedRequest request) {
        return ModelTrees.requestCompression(op) == null ? request
                : RequestCompressionEncoder.apply(op, request, disabled, minSizeBytes);
    }
}
