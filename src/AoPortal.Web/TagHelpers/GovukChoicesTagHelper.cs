using Microsoft.AspNetCore.Html;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.AspNetCore.Razor.TagHelpers;

namespace AoPortal.Web.TagHelpers;

/// <summary>
/// GOV.UK radios (<c>&lt;govuk-radios&gt;</c>, one answer) or checkboxes (<c>&lt;govuk-checkboxes&gt;</c>, any number) in a fieldset.
/// The first item's id is the field id, so the error summary link lands on it.
/// </summary>
[HtmlTargetElement("govuk-radios", TagStructure = TagStructure.WithoutEndTag)]
[HtmlTargetElement("govuk-checkboxes", TagStructure = TagStructure.WithoutEndTag)]
public sealed class GovukChoicesTagHelper : GovukFieldTagHelper
{
    [HtmlAttributeName("items")]
    public IEnumerable<SelectListItem> Items { get; set; } = [];

    [HtmlAttributeName("small")]
    public bool Small { get; set; }

    public override void Process(TagHelperContext context, TagHelperOutput output)
    {
        var multiple = context.TagName == "govuk-checkboxes";
        var kind = multiple ? "checkboxes" : "radios";
        var error = ErrorMessage;
        var chosen = ChosenValues();

        var list = new TagBuilder("div");
        list.AddCssClass($"govuk-{kind}");
        if (Small) list.AddCssClass($"govuk-{kind}--small");
        list.Attributes["data-module"] = $"govuk-{kind}";
        var index = 0;
        foreach (var item in Items)
        {
            var id = index++ == 0 ? Id : $"{Id}-{index}";
            var wrapper = new TagBuilder("div");
            wrapper.AddCssClass($"govuk-{kind}__item");
            var input = new TagBuilder("input") { TagRenderMode = TagRenderMode.SelfClosing };
            input.AddCssClass($"govuk-{kind}__input");
            input.Attributes["id"] = id;
            input.Attributes["name"] = Name;
            input.Attributes["type"] = multiple ? "checkbox" : "radio";
            input.Attributes["value"] = item.Value;
            if (chosen.Contains(item.Value)) input.Attributes["checked"] = "checked";
            wrapper.InnerHtml.AppendHtml(input);
            wrapper.InnerHtml.AppendHtml(Element("label", $"govuk-label govuk-{kind}__label", item.Text, ("for", id)));
            list.InnerHtml.AppendHtml(wrapper);
        }

        WriteFormGroup(output, error, Fieldset(DescribedBy(Hint is not null, error), list));
    }

    private HashSet<string> ChosenValues()
    {
        if (ViewContext.ViewData.ModelState.TryGetValue(Name, out var entry) && entry.RawValue is not null)
        {
            return entry.RawValue switch
            {
                string[] values => values.ToHashSet(),
                var value => [value.ToString()!],
            };
        }

        return For.Model switch
        {
            // No answer selects an option whose value is empty, where there is one ("Not part of this observation").
            null => [""],
            string text => [text],
            System.Collections.IEnumerable values => values.Cast<object>().Select(v => v.ToString()!).ToHashSet(),
            var value => [value.ToString()!],
        };
    }
}
