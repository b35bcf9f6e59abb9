package org.oas.migration.deploy.bench;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.oas.migration.platform.embedded.FreePorts;

/**
 * The HTTP side of deploy/bench/meetings-scale; prints {@code key=value} lines for the script.
 * <ul>
 *   <li>{@code port}: a free TCP port.</li>
 *   <li>{@code keyset <url> <repeats>}: follows {@code nextCursor} from the first page to the last (each page timed),
 *       then times the first and the last page's URL {@code repeats} times each (medians).</li>
 *   <li>{@code search <url> <warm-up> <requests>}: sequential GETs of one URL, p50/p99.</li>
 * </ul>
 * Latency = send to the last byte of the body, one request at a time on one HTTP/1.1 connection.
 */
public final class MeetingsScale {

    private static final HttpClient HTTP = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5)).build();

    private MeetingsScale() {
    }

    public static void main(String[] args) throws Exception {
        switch (args[0]) {
            case "port" -> System.out.println(FreePorts.find());
            case "keyset" -> keyset(args[1], Integer.parseInt(args[2]));
            case "search" -> search(args[1], Integer.parseInt(args[2]), Integer.parseInt(args[3]));
            default -> throw new IllegalArgumentException("unknown command " + args[0]);
        }
    }

    private static void keyset(String firstUrl, int repeats) throws Exception {
        List<Double> walk = new ArrayList<>();
        String url = firstUrl;
        String lastUrl = firstUrl;
        long items = 0;
        int lastPageItems = 0;
        long started = System.nanoTime();
        while (url != null) {
            long t0 = System.nanoTime();
            String body = get(url);
            walk.add((System.nanoTime() - t0) / 1e6);
            JsonNode page = Api.JSON.readTree(body);
            lastPageItems = page.get("items").size();
            items += lastPageItems;
            lastUrl = url;
            JsonNode next = page.get("nextCursor");
            url = next == null || next.isNull() ? null : firstUrl + "&cursor=" + URLEncoder.encode(next.asText(), StandardCharsets.UTF_8);
        }
        double walkSeconds = (System.nanoTime() - started) / 1e9;
        double[] first = timeRepeated(firstUrl, repeats);
        double[] last = timeRepeated(lastUrl, repeats);
        double[] walkMs = walk.stream().mapToDouble(Double::doubleValue).toArray();
        Arrays.sort(walkMs);
        System.out.printf("pages=%d%nitems=%d%nlast_page_items=%d%nwalk_s=%.1f%nwalk_p50=%.2f%nwalk_p99=%.2f%nwalk_max=%.2f%n",
                walk.size(), items, lastPageItems, walkSeconds, pct(walkMs, 50), pct(walkMs, 99), walkMs[walkMs.length - 1]);
        // The first and last tenth of the walk, as a check on the repeated medians.
        int tenth = Math.max(1, walk.size() / 10);
        System.out.printf("walk_first_tenth_p50=%.2f%nwalk_last_tenth_p50=%.2f%n",
                median(walk.subList(0, tenth)), median(walk.subList(walk.size() - tenth, walk.size())));
        System.out.printf("first_p50=%.2f%nlast_p50=%.2f%n", pct(first, 50), pct(last, 50));
    }

    private static void search(String url, int warmup, int requests) throws Exception {
        timeRepeated(url, warmup);
        String body = get(url);
        JsonNode page = Api.JSON.readTree(body);
        double[] ms = timeRepeated(url, requests);
        System.out.printf("items=%d%nmore=%b%np50=%.2f%np99=%.2f%navg=%.2f%n", page.get("items").size(),
                !page.get("nextCursor").isNull(), pct(ms, 50), pct(ms, 99), Arrays.stream(ms).average().orElse(0));
    }

    /** Sorted latencies in ms. */
    private static double[] timeRepeated(String url, int times) throws Exception {
        double[] ms = new double[times];
        for (int i = 0; i < times; i++) {
            long t0 = System.nanoTime();
            get(url);
            ms[i] = (System.nanoTime() - t0) / 1e6;
        }
        Arrays.sort(ms);
        return ms;
    }

    private static String get(String url) throws Exception {
        HttpRequest request = HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(30))
                .header("Accept", "application/json").GET().build();
        HttpResponse<String> response = HTTP.send(request, HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != 200) {
            throw new IllegalStateException("GET " + url + " -> " + response.statusCode() + ": " + response.body());
        }
        return response.body();
    }

    /** Nearest-rank percentile of sorted values. */
    private static double pct(double[] sorted, double p) {
        if (sorted.length == 0) {
            return Double.NaN;
        }
        int rank = (int) Math.ceil(p / 100.0 * sorted.length);
        return sorted[Math.min(sorted.length, Math.max(1, rank)) - 1];
    }

    private static double median(List<Double> values) {
        double[] sorted = values.stream().mapToDouble(Double::doubleValue).sorted().toArray();
        int n = sorted.length;
        return n % 2 == 1 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2;
    }
}
