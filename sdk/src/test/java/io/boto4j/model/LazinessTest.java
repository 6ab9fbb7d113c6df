package io.boto4j.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.boto4j.internal.loader.Loader;
import io.boto4j.internal.loader.ServiceData;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** Creating a model parses no shape; each shape is parsed once and the same instance is shared, across threads too. */
class LazinessTest {
    private static final Loader LOADER = Loader.create(List.of(), null, true);

    private static ServiceModel fresh(String service) {
        ServiceData d = LOADER.loadServiceData(service, "service-2", null);
        return ServiceModel.parse(service, d.bytes(), d.origin(), d.extras());
    }

    @Test
    void creatingAModelParsesNoShapeAndUsingOneOperationParsesOnlyWhatItReaches() {
        long before = ServiceModel.PARSED_SHAPES.sum();
        ServiceModel ec2 = fresh("ec2");
        ec2.operationNames();
        ec2.shapeNames();
        ec2.metadata();
        ec2.protocol();
        assertEquals(before, ServiceModel.PARSED_SHAPES.sum(), "shapes parsed by creating the model");

        StructureShape input = ec2.operationModel("DescribeRegions").inputShape();
        input.members().values().forEach(s -> {
            if (s instanceof ListShape l) {
                l.member();
            }
        });
        long parsed = ServiceModel.PARSED_SHAPES.sum() - before;
        assertTrue(parsed > 0 && parsed < 20, parsed + " shapes parsed for DescribeRegions' input, of "
                + ec2.shapeNames().size());
    }

    @Test
    void aShapeIsParsedOnceAndTheSameInstanceIsReturned() {
        ServiceModel s3 = fresh("s3");
        long before = ServiceModel.PARSED_SHAPES.sum();
        Shape first = s3.shape("PutObjectRequest");
        assertSame(first, s3.shape("PutObjectRequest"));
        assertEquals(1, ServiceModel.PARSED_SHAPES.sum() - before);
        assertSame(first, s3.operationModel("PutObject").inputShape());
        assertSame(s3.operationModel("PutObject"), s3.operationModel("put_object"));
        StructureShape out = s3.operationModel("ListObjectsV2").outputShape();
        assertSame(out.member("Contents"), out.member("Contents"));
    }

    @Test
    void concurrentFirstUseYieldsOneInstancePerShapeAndMember() throws Exception {
        int threads = 8;
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            for (int round = 0; round < 5; round++) {
                ServiceModel model = fresh("s3"); // rest-xml: many member references carry their own traits
                List<String> ops = model.operationNames();
                CountDownLatch start = new CountDownLatch(1);
                List<Future<List<Object>>> results = new ArrayList<>();
                for (int t = 0; t < threads; t++) {
                    results.add(pool.submit(() -> {
                        start.await();
                        List<Object> seen = new ArrayList<>();
                        for (String op : ops) {
                            OperationModel om = model.operationModel(op);
                            seen.add(om);
                            collect(om.inputShape(), seen, 0);
                            collect(om.outputShape(), seen, 0);
                        }
                        return seen;
                    }));
                }
                start.countDown();
                List<Object> reference = results.get(0).get(60, TimeUnit.SECONDS);
                assertTrue(reference.size() > ops.size() * 2, "walked " + reference.size());
                for (Future<List<Object>> r : results) {
                    List<Object> seen = r.get(60, TimeUnit.SECONDS);
                    assertEquals(reference.size(), seen.size());
                    for (int i = 0; i < seen.size(); i++) {
                        assertSame(reference.get(i), seen.get(i), "instance #" + i + " in round " + round);
                    }
                }
            }
        } finally {
            pool.shutdownNow();
        }
    }

    /** Every shape reachable within a few levels, members and list/map parts included, in a fixed order. */
    private static void collect(Shape shape, List<Object> seen, int depth) {
        if (shape == null || depth > 4) {
            return;
        }
        seen.add(shape);
        if (shape instanceof StructureShape s) {
            s.members().values().forEach(m -> collect(m, seen, depth + 1));
        } else if (shape instanceof ListShape l) {
            collect(l.member(), seen, depth + 1);
        } else if (shape instanceof MapShape m) {
            collect(m.key(), seen, depth + 1);
            collect(m.value(), seen, depth + 1);
        }
    }

    @Test
    void sharedModelsAreOnePerFileAcrossThreads() throws Exception {
        ServiceData d = LOADER.loadServiceData("sqs", "service-2", null);
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<ServiceModel>> models = new ArrayList<>();
            for (int i = 0; i < 8; i++) {
                models.add(pool.submit(() -> ServiceModel.shared("sqs", d.bytes(), d.origin(), d.extras())));
            }
            ServiceModel first = models.get(0).get();
            for (Future<ServiceModel> m : models) {
                assertSame(first, m.get());
            }
            // equal bytes from another read of the same file still share the model
            assertSame(first, ServiceModel.shared("sqs", d.bytes().clone(), d.origin(), d.extras()));
        } finally {
            pool.shutdownNow();
        }
    }
}
