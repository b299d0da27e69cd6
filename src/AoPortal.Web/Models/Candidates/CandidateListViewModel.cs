using AoPortal.Application.Common;
using AoPortal.Application.Features.Candidates;
using AoPortal.Domain.Candidates;
using Microsoft.AspNetCore.Mvc.Rendering;

namespace AoPortal.Web.Models.Candidates;

public sealed record CandidateListViewModel(ListCandidates.Query Query, PagedList<ListCandidates.Item> Results)
{
    public static IReadOnlyList<SelectListItem> Statuses { get; } =
        Enum.GetValues<CandidateStatus>().Select(s => new SelectListItem(s.DisplayName(), s.ToString())).ToList();

    /// <summary>The query string for another page of the same search.</summary>
    public Dictionary<string, string> RouteFor(int page)
    {
        var values = new Dictionary<string, string> { ["page"] = page.ToString() };
        if (!string.IsNullOrWhiteSpace(Query.Search)) values["search"] = Query.Search;
        if (Query.Status is { } status) values["status"] = status.ToString();
        return values;
    }
}
