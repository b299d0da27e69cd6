using Microsoft.AspNetCore.Html;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.AspNetCore.Mvc.ViewFeatures;
using Microsoft.AspNetCore.Razor.TagHelpers;

namespace AoPortal.Web.TagHelpers;

/// <summary>
/// What every GOV.UK form field shares: a label or legend, a hint, the inline error from ModelState,
/// and the form group wrapper that turns red when there is an error.
/// </summary>
public abstract class GovukFieldTagHelper : TagHelper
{
    [HtmlAttributeName("for")]
    public ModelExpression For { get; set; } = default!;

    [HtmlAttributeName("label")]
    public string Label { get; set; } = "";

    [HtmlAttributeName("hint")]
    public string? Hint { get; set; }

    /// <summary>Shows the label as the page heading (for one-question pages).</summary>
    [HtmlAttributeName("label-class")]
    public string? LabelClass { get; set; }

    [HtmlAttributeNotBound]
    [ViewContext]
    public ViewContext ViewContext { get; set; } = default!;

    protected string Name => For.Name;

    protected string Id => FieldId(Name);

    protected string? ErrorMessage =>
        ViewContext.ViewData.ModelState.TryGetValue(Name, out var entry) && entry.Errors.Count > 0
            ? entry.Errors[0].ErrorMessage
            : null;

    /// <summary>The value to show: what the person typed when the form came back with errors, otherwise the model's value.</summary>
    protected string? CurrentValue =>
        ViewContext.ViewData.ModelState.TryGetValue(Name, out var entry) && entry.AttemptedValue is not null
            ? entry.AttemptedValue
            : For.Model?.ToString();

    /// <summary>The element id of a field; lower case, so it matches however the ModelState key was cased.</summary>
    public static string FieldId(string name) => TagBuilder.CreateSanitizedId(name.ToLowerInvariant(), "-");

    protected string DescribedBy(bool hasHint, string? error)
    {
        var ids = new List<string>();
        if (hasHint) ids.Add($"{Id}-hint");
        if (error is not null) ids.Add($"{Id}-error");
        return string.Join(' ', ids);
    }

    protected IHtmlContent HintHtml() =>
        Hint is null ? HtmlString.Empty : Element("div", "govuk-hint", Hint, ("id", $"{Id}-hint"));

    protected static IHtmlContent ErrorHtml(string id, string? error)
    {
        if (error is null) return HtmlString.Empty;
        var p = new TagBuilder("p");
        p.AddCssClass("govuk-error-message");
        p.Attributes["id"] = $"{id}-error";
        p.InnerHtml.AppendHtml("<span class=\"govuk-visually-hidden\">Error:</span> ");
        p.InnerHtml.Append(error);
        return p;
    }

    protected void WriteFormGroup(TagHelperOutput output, string? error, params IHtmlContent[] content)
    {
        output.TagName = "div";
        output.TagMode = TagMode.StartTagAndEndTag;
        output.Attributes.SetAttribute("class", error is null ? "govuk-form-group" : "govuk-form-group govuk-form-group--error");
        foreach (var part in content) output.Content.AppendHtml(part);
    }

    protected static TagBuilder Element(string tag, string cssClass, string? text, params (string Name, string Value)[] attributes)
    {
        var element = new TagBuilder(tag);
        element.AddCssClass(cssClass);
        foreach (var (name, value) in attributes) element.Attributes[name] = value;
        if (text is not null) element.InnerHtml.Append(text);
        return element;
    }

    protected static void SetDescribedBy(TagBuilder element, string describedBy)
    {
        if (describedBy.Length > 0) element.Attributes["aria-describedby"] = describedBy;
    }

    /// <summary>Writes a fieldset with a legend around radios or checkboxes.</summary>
    protected TagBuilder Fieldset(string describedBy, IHtmlContent items)
    {
        var fieldset = new TagBuilder("fieldset");
        fieldset.AddCssClass("govuk-fieldset");
        SetDescribedBy(fieldset, describedBy);
        var legend = Element("legend", LabelClass ?? "govuk-fieldset__legend govuk-fieldset__legend--s", Label);
        fieldset.InnerHtml.AppendHtml(legend);
        fieldset.InnerHtml.AppendHtml(HintHtml());
        fieldset.InnerHtml.AppendHtml(ErrorHtml(Id, ErrorMessage));
        fieldset.InnerHtml.AppendHtml(items);
        return fieldset;
    }
}
