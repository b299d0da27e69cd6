using AoPortal.Domain.Applications;
using Microsoft.AspNetCore.Mvc.Rendering;

namespace AoPortal.Web.Models.Application;

/// <summary>
/// The options of the application's radios and checkboxes. A bool is offered as "True" and "False",
/// the way it reads back from the model, so the answer given stays selected.
/// </summary>
public static class ApplicationChoices
{
    public static IReadOnlyList<SelectListItem> YesNo { get; } = [new("Yes", "True"), new("No", "False")];

    public static IReadOnlyList<SelectListItem> QualificationTypes { get; } =
    [
        new("GCSE", "True"),
        new("Another qualification, such as an O level or an equivalency test", "False"),
    ];

    public static IReadOnlyList<SelectListItem> HealthOutcomes { get; } =
        Enum.GetValues<HealthDeclaration>().Select(h => new SelectListItem(ApplicationDisplay.Health(h), h.ToString())).ToList();

    public static IReadOnlyList<SelectListItem> ConfirmTrue { get; } = [new("I confirm the information in my application is true", "True")];

    public static IReadOnlyList<SelectListItem> SchoolNotListed { get; } = [new("My school is not listed", "True")];
}
