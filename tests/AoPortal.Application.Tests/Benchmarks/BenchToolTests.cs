using AngleSharp.Html.Dom;
using AngleSharp.Html.Parser;
using AoPortal.Benchmarks;
using AoPortal.Benchmarks.Bench;
using AoPortal.Benchmarks.Generation;

namespace AoPortal.Application.Tests.Benchmarks;

/// <summary>
/// The parts of the benchmark tool its figures rest on: percentiles, the options, the forms it fills in as a person
/// would, and the report's place in docs/performance.md. (The timings themselves are the tool's to make, never a test's.)
/// </summary>
public sealed class BenchToolTests
{
    [Theory]
    [InlineData(0.50, 50)]
    [InlineData(0.95, 95)]
    [InlineData(0.99, 99)]
    [InlineData(1.00, 100)]
    public void A_percentile_is_the_nearest_rank(double share, double expected)
    {
        var sorted = Enumerable.Range(1, 100).Select(n => (double)n).ToList();

        Assert.Equal(expected, Measurement.Percentile(sorted, share));
    }

    [Fact]
    public void A_measurement_counts_requests_per_second_and_errors()
    {
        var samples = Enumerable.Range(1, 20).Select(n => new Sample(TimeSpan.FromMilliseconds(n), Served: n % 10 != 0)).ToList();

        var measurement = Measurement.Of(samples, TimeSpan.FromSeconds(4));

        Assert.Equal((20, 2, 5.0, 10.0, 19.0, 20.0),
            (measurement.Requests, measurement.Errors, measurement.RequestsPerSecond, measurement.P50, measurement.P95, measurement.P99));
    }

    [Fact]
    public void Options_are_read_once_and_an_unknown_or_malformed_one_is_refused()
    {
        var arguments = new Arguments(["--clients", "8,32", "--seconds", "5", "--log-sql"], "log-sql");

        Assert.Equal([8, 32], arguments.Ints("clients", [1], 1));
        Assert.Equal(5, arguments.Int("seconds", 10, 1));
        Assert.Equal(10, arguments.Int("warmup", 10, 0));
        Assert.True(arguments.Flag("log-sql"));
        arguments.EnsureAllRead();

        Assert.Throws<ArgumentException>(() => new Arguments(["--seconds", "0"]).Int("seconds", 10, 1));
        Assert.Throws<ArgumentException>(() => new Arguments(["--clients", "8,x"]).Ints("clients", [1], 1));
        Assert.Throws<ArgumentException>(() => new Arguments(["--colour", "red"]).EnsureAllRead());
        Assert.Throws<ArgumentException>(() => GenerateOptions.Parse(["--database", "x.db", "--today", "23/11/2026"]));
    }

    [Fact]
    public void A_form_is_filled_in_as_a_browser_would_with_the_values_given_replacing_the_pages()
    {
        var form = (IHtmlFormElement)new HtmlParser().ParseDocument("""
            <form action="/records/new" method="post">
              <input type="hidden" name="__RequestVerificationToken" value="token">
              <input name="Form.Subject" value="Maths">
              <select name="Form.School"><option value="" selected>Select a school</option><option>Brookfield School</option></select>
              <input type="radio" name="Form.Outcome" value="Met"><input type="radio" name="Form.Outcome" value="NotYetMet" checked>
              <input type="checkbox" name="Form.Points" value="TS1a">
              <input type="file" name="Files">
              <textarea name="Form.Notes">Notes</textarea>
              <button type="submit">Save</button>
            </form>
            """).QuerySelector("form")!;

        var filled = FilledForm.From(form).With(("Form.Subject", "Science"), ("Form.Points", "TS1a"), ("Form.Points", "TS1b"));

        Assert.Equal("/records/new", filled.Action);
        Assert.Equal(
            [
                new("__RequestVerificationToken", "token"), new("Form.School", "Brookfield School"), new("Form.Outcome", "NotYetMet"),
                new("Form.Notes", "Notes"), new("Form.Subject", "Science"), new("Form.Points", "TS1a"), new("Form.Points", "TS1b"),
            ],
            filled.Fields);
    }

    [Fact]
    public void The_report_replaces_its_own_section_and_leaves_the_rest_of_the_page()
    {
        var file = Path.Combine(Path.GetTempPath(), $"aoportal-report-{Guid.NewGuid():N}.md");
        try
        {
            File.WriteAllText(file, "# Performance\n\nBefore.\n");
            Report.WriteInto(file, "First run", Report.BenchMarkers);
            Report.WriteInto(file, "Load run", Report.LoadMarkers);
            Report.WriteInto(file, "Second run", Report.BenchMarkers);

            var text = File.ReadAllText(file);
            Assert.StartsWith("# Performance\n\nBefore.\n\n## Benchmark\n\n", text);
            Assert.Contains($"{Report.BenchMarkers.Begin}\nSecond run\n{Report.BenchMarkers.End}", text);
            Assert.Contains($"## Load without loss\n\n{Report.LoadMarkers.Begin}\nLoad run\n{Report.LoadMarkers.End}", text);
            Assert.DoesNotContain("First run", text);
        }
        finally
        {
            File.Delete(file);
        }
    }

    [Fact]
    public async Task A_generated_pdf_has_the_length_it_says_and_a_pdf_header_and_trailer()
    {
        using var pdf = new GeneratedPdf(200_000);

        var bytes = await pdf.ReadAsByteArrayAsync();

        Assert.Equal(200_000, bytes.Length);
        Assert.Equal(200_000, pdf.Headers.ContentLength);
        Assert.StartsWith("%PDF-", System.Text.Encoding.ASCII.GetString(bytes, 0, 5));
        Assert.EndsWith("%%EOF\n", System.Text.Encoding.ASCII.GetString(bytes, bytes.Length - 6, 6));
    }
}
