using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.AspNetCore.Razor.TagHelpers;

namespace AoPortal.Web.TagHelpers;

/// <summary>A GOV.UK select with a blank first option: <c>&lt;govuk-select for="SchoolId" label="School" items="..." /&gt;</c>.</summary>
[HtmlTargetElement("govuk-select", TagStructure = TagStructure.WithoutEndTag)]
public sealed class GovukSelectTagHelper : GovukFieldTagHelper
{
    [HtmlAttributeName("items")]
    public IEnumerable<SelectListItem> Items { get; set; } = [];

    /// <summary>Text of the empty first option; none when null.</summary>
    [HtmlAttributeName("placeholder")]
    public string? Placeholder { get; set; } = "Select";

    public override void Process(TagHelperContext context, TagHelperOutput output)
    {
        var error = ErrorMessage;
        var select = new TagBuilder("select");
        select.AddCssClass("govuk-select");
        if (error is not null) select.AddCssClass("govuk-select--error");
        select.Attributes["id"] = Id;
        select.Attributes["name"] = Name;
        SetDescribedBy(select, DescribedBy(Hint is not null, error));
        var current = CurrentValue;
        if (Placeholder is not null) select.InnerHtml.AppendHtml(Option("", Placeholder, string.IsNullOrEmpty(current)));
        foreach (var item in Items) select.InnerHtml.AppendHtml(Option(item.Value, item.Text, item.Value == current));

        var label = Element("label", LabelClass ?? "govuk-label", Label, ("for", Id));
        WriteFormGroup(output, error, label, HintHtml(), ErrorHtml(Id, error), select);
    }

    private static TagBuilder Option(string value, string text, bool selected)
    {
        var option = new TagBuilder("option");
        option.Attributes["value"] = value;
        if (selected) option.Attributes["selected"] = "selected";
        option.InnerHtml.Append(text);
        return option;
    }
}
