using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.AspNetCore.Razor.TagHelpers;

namespace AoPortal.Web.TagHelpers;

/// <summary>A GOV.UK text input: <c>&lt;govuk-input for="Name" label="Full name" /&gt;</c>.</summary>
[HtmlTargetElement("govuk-input", TagStructure = TagStructure.WithoutEndTag)]
public sealed class GovukInputTagHelper : GovukFieldTagHelper
{
    [HtmlAttributeName("type")]
    public string Type { get; set; } = "text";

    /// <summary>A GOV.UK width class suffix: "20", "10", "one-half"...</summary>
    [HtmlAttributeName("width")]
    public string? Width { get; set; }

    [HtmlAttributeName("autocomplete")]
    public string? Autocomplete { get; set; }

    [HtmlAttributeName("spellcheck")]
    public bool? Spellcheck { get; set; }

    [HtmlAttributeName("inputmode")]
    public string? InputMode { get; set; }

    public override void Process(TagHelperContext context, TagHelperOutput output)
    {
        var error = ErrorMessage;
        var input = new TagBuilder("input") { TagRenderMode = TagRenderMode.SelfClosing };
        input.AddCssClass("govuk-input");
        if (Width is not null) input.AddCssClass(Width.All(char.IsDigit) ? $"govuk-input--width-{Width}" : $"govuk-!-width-{Width}");
        if (error is not null) input.AddCssClass("govuk-input--error");
        input.Attributes["id"] = Id;
        input.Attributes["name"] = Name;
        input.Attributes["type"] = Type;
        // Passwords are never written back into the page.
        if (Type != "password" && CurrentValue is { } value) input.Attributes["value"] = value;
        if (Autocomplete is not null) input.Attributes["autocomplete"] = Autocomplete;
        if (Spellcheck is not null) input.Attributes["spellcheck"] = Spellcheck.Value ? "true" : "false";
        if (InputMode is not null) input.Attributes["inputmode"] = InputMode;
        SetDescribedBy(input, DescribedBy(Hint is not null, error));

        var label = Element("label", LabelClass ?? "govuk-label", Label, ("for", Id));
        WriteFormGroup(output, error, label, HintHtml(), ErrorHtml(Id, error), input);
    }
}
