using System.Diagnostics;

namespace AoPortal.Benchmarks.Bench;

/// <summary>One request a client makes: its index among the clients and how many it has made so far; true when it was served.</summary>
public delegate Task<bool> Step(int client, int iteration, CancellationToken cancellationToken);

/// <summary>
/// Drives a number of clients, each sending its next request as soon as the last is answered (a closed loop, as
/// people clicking through pages), first for a warm-up whose timings are dropped, then for the measured time. A step
/// <c>before</c>, when given, runs ahead of each timed one and is not timed (a change the timed request must then see).
/// </summary>
public static class ClosedLoop
{
    public static async Task<Measurement> RunAsync(int clients, Step step, TimeSpan warmUp, TimeSpan duration, Step? before = null)
    {
        var iterations = new int[clients];
        if (warmUp > TimeSpan.Zero) await RunForAsync(clients, step, before, warmUp, iterations);
        var clock = Stopwatch.StartNew();
        var samples = await RunForAsync(clients, step, before, duration, iterations);
        return Measurement.Of(samples.SelectMany(s => s).ToList(), clock.Elapsed);
    }

    private static async Task<List<Sample>[]> RunForAsync(int clients, Step step, Step? before, TimeSpan duration, int[] iterations)
    {
        var deadline = Stopwatch.GetTimestamp() + (long)(duration.TotalSeconds * Stopwatch.Frequency);
        return await Task.WhenAll(Enumerable.Range(0, clients).Select(client => Task.Run(async () =>
        {
            var samples = new List<Sample>();
            while (Stopwatch.GetTimestamp() < deadline)
            {
                if (before is not null && !await before(client, iterations[client], CancellationToken.None))
                    throw new InvalidOperationException("The step before a timed request was not served");
                var started = Stopwatch.GetTimestamp();
                bool served;
                try
                {
                    served = await step(client, iterations[client]++, CancellationToken.None);
                }
                catch (HttpRequestException)
                {
                    served = false;
                }

                samples.Add(new Sample(Stopwatch.GetElapsedTime(started), served));
            }

            return samples;
        })));
    }
}

public readonly record struct Sample(TimeSpan Elapsed, bool Served);

/// <summary>Requests per second and latency percentiles of one run.</summary>
public sealed record Measurement(int Requests, int Errors, double RequestsPerSecond, double P50, double P95, double P99)
{
    public static Measurement Of(IReadOnlyList<Sample> samples, TimeSpan elapsed)
    {
        var sorted = samples.Select(s => s.Elapsed.TotalMilliseconds).Order().ToArray();
        return new Measurement(samples.Count, samples.Count(s => !s.Served), samples.Count / elapsed.TotalSeconds,
            Percentile(sorted, 0.50), Percentile(sorted, 0.95), Percentile(sorted, 0.99));
    }

    /// <summary>The nearest-rank percentile: the smallest value with at least that share of values at or below it.</summary>
    public static double Percentile(IReadOnlyList<double> sorted, double share) =>
        sorted.Count == 0 ? double.NaN : sorted[Math.Clamp((int)Math.Ceiling(share * sorted.Count) - 1, 0, sorted.Count - 1)];
}
