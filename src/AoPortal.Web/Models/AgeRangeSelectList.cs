using AoPortal.Domain.Candidates;
using Microsoft.AspNetCore.Mvc.Rendering;

namespace AoPortal.Web.Models;

public static class AgeRangeSelectList
{
    /// <summary>Age ranges as radio options: "11 to 16", submitted as its code, "11-16".</summary>
    public static IEnumerable<SelectListItem> From(IEnumerable<AgeRange> ranges) =>
        ranges.Select(r => new SelectListItem(r.ToString(), r.Code));
}
