using AoPortal.Application.Common;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.AspNetCore.Razor.TagHelpers;

namespace AoPortal.Web.TagHelpers;

/// <summary>
/// A GOV.UK date input for a <see cref="DateParts"/> property:
/// <c>&lt;govuk-date-input for="Form.StartDate" label="Start date" hint="For example, 1 9 2019" /&gt;</c>.
/// The error is the one on the whole date ("form.StartDate"); the day box carries the field id, so the error summary's link lands on it.
/// </summary>
[HtmlTargetElement("govuk-date-input", TagStructure = TagStructure.WithoutEndTag)]
public sealed class GovukDateInputTagHelper : GovukFieldTagHelper
{
    /// <summary>"bday" for a date of birth: the boxes get autocomplete="bday-day", "bday-month" and "bday-year".</summary>
    [HtmlAttributeName("autocomplete")]
    public string? Autocomplete { get; set; }

    public override void Process(TagHelperContext context, TagHelperOutput output)
    {
        var error = ErrorMessage;
        var parts = For.Model as DateParts;

        var boxes = new TagBuilder("div");
        boxes.AddCssClass("govuk-date-input");
        boxes.InnerHtml.AppendHtml(Box(nameof(DateParts.Day), Id, 2, parts?.Day, error is not null));
        boxes.InnerHtml.AppendHtml(Box(nameof(DateParts.Month), $"{Id}-month", 2, parts?.Month, error is not null));
        boxes.InnerHtml.AppendHtml(Box(nameof(DateParts.Year), $"{Id}-year", 4, parts?.Year, error is not null));

        // role="group" so screen readers announce the hint of a fieldset of text inputs (as GOV.UK Frontend does).
        var fieldset = Fieldset(DescribedBy(Hint is not null, error), boxes);
        fieldset.Attributes["role"] = "group";
        WriteFormGroup(output, error, fieldset);
    }

    private TagBuilder Box(string part, string id, int width, string? modelValue, bool hasError)
    {
        var name = $"{Name}.{part}";
        var value = ViewContext.ViewData.ModelState.TryGetValue(name, out var entry) && entry.AttemptedValue is not null
            ? entry.AttemptedValue
            : modelValue;

        var input = new TagBuilder("input") { TagRenderMode = TagRenderMode.SelfClosing };
        input.AddCssClass($"govuk-input govuk-date-input__input govuk-input--width-{width}");
        if (hasError) input.AddCssClass("govuk-input--error");
        input.Attributes["id"] = id;
        input.Attributes["name"] = name;
        input.Attributes["type"] = "text";
        input.Attributes["inputmode"] = "numeric";
        if (value is not null) input.Attributes["value"] = value;
        if (Autocomplete is not null) input.Attributes["autocomplete"] = $"{Autocomplete}-{part.ToLowerInvariant()}";

        var group = new TagBuilder("div");
        group.AddCssClass("govuk-form-group");
        group.InnerHtml.AppendHtml(Element("label", "govuk-label govuk-date-input__label", part, ("for", id)));
        group.InnerHtml.AppendHtml(input);

        var item = new TagBuilder("div");
        item.AddCssClass("govuk-date-input__item");
        item.InnerHtml.AppendHtml(group);
        return item;
    }
}
