using AngleSharp.Dom;

namespace AoPortal.Web.Tests.Support;

/// <summary>Checks on the GOV.UK components a page shows.</summary>
public static class PageAssert
{
    public static string Heading(IDocument page) =>
        page.QuerySelector("h1")?.TextContent.Trim() ?? throw new Xunit.Sdk.XunitException($"The page has no h1:\n{page.Body?.OuterHtml}");

    public static string MainText(IDocument page) =>
        page.QuerySelector("main")?.TextContent ?? throw new Xunit.Sdk.XunitException("The page has no main element");

    /// <summary>
    /// The error summary ("There is a problem") lists the message; when a field id is given, the message links to
    /// "#field-id" and the page has an element with that id, so the link lands on the field.
    /// </summary>
    public static void ErrorSummaryLists(IDocument page, string message, string? fieldId = null)
    {
        var summary = page.QuerySelector(".govuk-error-summary")
            ?? throw new Xunit.Sdk.XunitException($"No error summary on the page; expected \"{message}\":\n{MainText(page)}");
        Assert.Equal("There is a problem", summary.QuerySelector(".govuk-error-summary__title")?.TextContent.Trim());
        var items = summary.QuerySelectorAll(".govuk-error-summary__body li");
        var item = items.FirstOrDefault(li => li.TextContent.Contains(message, StringComparison.Ordinal))
            ?? throw new Xunit.Sdk.XunitException(
                $"The error summary does not list \"{message}\"; it lists: {string.Join(" | ", items.Select(i => i.TextContent.Trim()))}");
        if (fieldId is null) return;
        var link = item.QuerySelector("a") ?? throw new Xunit.Sdk.XunitException($"\"{message}\" in the error summary is not a link");
        Assert.Equal($"#{fieldId}", link.GetAttribute("href"));
        Assert.True(page.GetElementById(fieldId) is not null, $"The error summary links to #{fieldId} but no element has that id");
    }

    /// <summary>The field shows the message inline, in a form group marked as having an error.</summary>
    public static void FieldHasError(IDocument page, string fieldId, string message)
    {
        var error = page.GetElementById($"{fieldId}-error")
            ?? throw new Xunit.Sdk.XunitException($"No inline error for #{fieldId}; expected \"{message}\"");
        Assert.Contains("govuk-error-message", error.ClassList);
        Assert.Contains(message, error.TextContent);
        var group = error.Closest(".govuk-form-group") ?? throw new Xunit.Sdk.XunitException($"The error for #{fieldId} is outside a form group");
        Assert.Contains("govuk-form-group--error", group.ClassList);
    }

    public static void NoErrors(IDocument page) =>
        Assert.True(page.QuerySelector(".govuk-error-summary") is null,
            $"Unexpected error summary: {page.QuerySelector(".govuk-error-summary")?.TextContent.Trim()}");

    public static void SuccessBanner(IDocument page, string message)
    {
        var banner = page.QuerySelector(".govuk-notification-banner--success")
            ?? throw new Xunit.Sdk.XunitException($"No success banner; expected \"{message}\":\n{MainText(page)}");
        Assert.Contains(message, banner.TextContent);
    }

    /// <summary>The rows of the first table body on the page, as their text.</summary>
    public static IReadOnlyList<string> TableRows(IDocument page) =>
        page.QuerySelectorAll("table tbody tr").Select(r => r.TextContent).ToList();
}
