using System.Globalization;

namespace AoPortal.Web.Models.Reports;

/// <summary>
/// A small horizontal bar chart drawn as inline SVG on the server: one bar per category (a month, an assessor), stacked
/// by series when there are several, with its figures written at its end. No inline styles (the CSP forbids them): the bars' colours
/// come from app-chart classes in app.scss. The title and description give the figures in words for screen readers.
/// </summary>
public sealed class BarChart
{
    public const int Width = 640;
    private const int LabelWidth = 200;
    private const int BarArea = 290;
    private const int BarHeight = 16;
    private const int RowGap = 8;
    private const int LegendHeight = 28;
    private const int MaxLabelLength = 28;

    public BarChart(string id, string title, string description, IReadOnlyList<string> series, IReadOnlyList<Category> categories)
    {
        Id = id;
        Title = title;
        Description = description;
        Series = series;
        // With several series each category is one stacked bar, so a year of months stays a small chart.
        var max = Math.Max(1, categories.Select(c => c.Values.Sum()).DefaultIfEmpty(0).Max());
        var y = series.Count > 1 ? LegendHeight : 4;
        var bars = new List<Bar>();
        var labels = new List<Label>();
        var values = new List<Label>();
        foreach (var category in categories)
        {
            labels.Add(new Label(Shorten(category.Name), LabelWidth - 8, y + BarHeight - 3));
            var x = (double)LabelWidth;
            for (var s = 0; s < series.Count; s++)
            {
                var value = s < category.Values.Count ? category.Values[s] : 0;
                var width = BarArea * value / max;
                if (width > 0) bars.Add(new Bar($"app-chart__bar app-chart__bar--{s + 1}", x, y, width, BarHeight));
                x += width;
            }

            values.Add(new Label(category.Text, x + 6, y + BarHeight - 3));
            y += BarHeight + RowGap;
        }

        Bars = bars;
        Labels = labels;
        Values = values;
        Height = Math.Max(y, LegendHeight + 8);
    }

    public string Id { get; }
    public string Title { get; }
    public string Description { get; }
    public IReadOnlyList<string> Series { get; }
    public IReadOnlyList<Bar> Bars { get; }
    public IReadOnlyList<Label> Labels { get; }

    /// <summary>The figures written at the end of each bar.</summary>
    public IReadOnlyList<Label> Values { get; }
    public int Height { get; }

    /// <summary>Where each series' key goes in the legend along the top (only drawn with more than one series).</summary>
    public IReadOnlyList<(string Name, string CssClass, int X)> Legend =>
        Series.Select((name, i) => (name, $"app-chart__bar app-chart__bar--{i + 1}", i * 200)).ToList();

    public string ViewBox => $"0 0 {Width} {Height}";

    public static string Number(double value) => value.ToString("0.##", CultureInfo.InvariantCulture);

    private static string Shorten(string name) => name.Length <= MaxLabelLength ? name : name[..(MaxLabelLength - 1)].TrimEnd() + "…";

    /// <summary>A category's values, one per series, and the figures written at the end of its bar.</summary>
    public sealed record Category(string Name, IReadOnlyList<double> Values, string Text);

    public sealed record Bar(string CssClass, double X, double Y, double Width, double Height);

    public sealed record Label(string Text, double X, double Y);
}
