package org.coop.approval.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.flowable.engine.ProcessEngine;
import org.flowable.engine.ProcessEngineConfiguration;
import org.flowable.engine.RuntimeService;
import org.flowable.engine.TaskService;
import org.flowable.task.api.Task;

/**
 * The same four-step approval in an embedded Flowable engine on in-memory H2: start a process,
 * then for each step find the trip's open task and complete it. No HTTP, no security, no events:
 * the engine's own cost of the process, as the baseline.
 */
public final class FlowableBaseline implements AutoCloseable {

    private final ProcessEngine engine;

    public FlowableBaseline() {
        ProcessEngineConfiguration configuration = ProcessEngineConfiguration
                .createStandaloneInMemProcessEngineConfiguration()
                .setJdbcUrl("jdbc:h2:mem:flowable-bench;DB_CLOSE_DELAY=-1")
                .setDatabaseSchemaUpdate(ProcessEngineConfiguration.DB_SCHEMA_UPDATE_TRUE)
                .setAsyncExecutorActivate(false);
        configuration.setHistory("audit");
        engine = configuration.buildProcessEngine();
        engine.getRepositoryService().createDeployment()
                .addClasspathResource("four-step-trip.bpmn20.xml").deploy();
    }

    public static void main(String[] args) throws Exception {
        Args options = Args.parse(args);
        try (FlowableBaseline baseline = new FlowableBaseline()) {
            System.out.println(baseline.run(options.intValue("trips", 2000), options.intValue("warmup", 200),
                    java.time.Duration.ofSeconds(options.intValue("warmup-seconds", 240)),
                    options.intValue("concurrency", 16)));
        }
    }

    /** Warms up exactly as the HTTP benchmark does (a count of trips and a time), then measures. */
    public Result run(int trips, int warmup, java.time.Duration warmupTime, int concurrency) throws Exception {
        long warmupEnds = System.nanoTime() + warmupTime.toNanos();
        do {
            phase(warmup, concurrency, new Latencies(1), new Latencies(1));
        } while (System.nanoTime() < warmupEnds && warmup > 0);
        Latencies starts = new Latencies(trips);
        Latencies decisions = new Latencies(trips * 4);
        long started = System.nanoTime();
        phase(trips, concurrency, starts, decisions);
        return new Result("Flowable 7 embedded (H2)", trips, (System.nanoTime() - started) / 1e9, starts, decisions);
    }

    private void phase(int trips, int concurrency, Latencies starts, Latencies decisions) throws Exception {
        RuntimeService runtime = engine.getRuntimeService();
        TaskService tasks = engine.getTaskService();
        ExecutorService workers = Executors.newFixedThreadPool(concurrency);
        AtomicInteger next = new AtomicInteger();
        List<Future<?>> running = new ArrayList<>();
        for (int w = 0; w < concurrency; w++) {
            running.add(workers.submit(() -> {
                for (int i = next.getAndIncrement(); i < trips; i = next.getAndIncrement()) {
                    long start = System.nanoTime();
                    String processId = runtime.startProcessInstanceByKey("fourStepTrip", "trip-" + i,
                            Map.of("requester", "user-" + i, "destination", "VN")).getId();
                    starts.record(System.nanoTime() - start);
                    for (int step = 0; step < 4; step++) {
                        long decision = System.nanoTime();
                        Task task = tasks.createTaskQuery().processInstanceId(processId).singleResult();
                        tasks.complete(task.getId(), Map.of("decision" + step, "APPROVE"));
                        decisions.record(System.nanoTime() - decision);
                    }
                }
                return null;
            }));
        }
        for (Future<?> worker : running) {
            worker.get(30, TimeUnit.MINUTES);
        }
        workers.shutdown();
    }

    @Override
    public void close() {
        engine.close();
    }
}
