using AoPortal.Domain.Recommendations;
using Microsoft.AspNetCore.Mvc.Rendering;

namespace AoPortal.Web.Models.CaseClosure;

/// <summary>The reasons a candidate may be withdrawn for, as radios, in the order the enum lists them.</summary>
public static class WithdrawalReasonChoices
{
    public static IReadOnlyList<SelectListItem> Items { get; } =
        Enum.GetValues<WithdrawalReason>().Select(r => new SelectListItem(r.DisplayName(), r.ToString())).ToList();
}
