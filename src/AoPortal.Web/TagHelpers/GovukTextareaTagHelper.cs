using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.AspNetCore.Razor.TagHelpers;

namespace AoPortal.Web.TagHelpers;

/// <summary>A GOV.UK textarea: <c>&lt;govuk-textarea for="Form.Address" label="Address" rows="4" /&gt;</c>.</summary>
[HtmlTargetElement("govuk-textarea", TagStructure = TagStructure.WithoutEndTag)]
public sealed class GovukTextareaTagHelper : GovukFieldTagHelper
{
    [HtmlAttributeName("rows")]
    public int Rows { get; set; } = 5;

    [HtmlAttributeName("autocomplete")]
    public string? Autocomplete { get; set; }

    [HtmlAttributeName("spellcheck")]
    public bool? Spellcheck { get; set; }

    public override void Process(TagHelperContext context, TagHelperOutput output)
    {
        var error = ErrorMessage;
        var textarea = new TagBuilder("textarea");
        textarea.AddCssClass("govuk-textarea");
        if (error is not null) textarea.AddCssClass("govuk-textarea--error");
        textarea.Attributes["id"] = Id;
        textarea.Attributes["name"] = Name;
        textarea.Attributes["rows"] = Rows.ToString(System.Globalization.CultureInfo.InvariantCulture);
        if (Autocomplete is not null) textarea.Attributes["autocomplete"] = Autocomplete;
        if (Spellcheck is not null) textarea.Attributes["spellcheck"] = Spellcheck.Value ? "true" : "false";
        SetDescribedBy(textarea, DescribedBy(Hint is not null, error));
        if (CurrentValue is { } value) textarea.InnerHtml.Append(value);

        var label = Element("label", LabelClass ?? "govuk-label", Label, ("for", Id));
        WriteFormGroup(output, error, label, HintHtml(), ErrorHtml(Id, error), textarea);
    }
}
