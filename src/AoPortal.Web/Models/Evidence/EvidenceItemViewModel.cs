using AoPortal.Application.Features.Evidence;
using AoPortal.Domain.Evidence;

namespace AoPortal.Web.Models.Evidence;

/// <summary>One item's page, with the form for a new version when the candidate has been asked for more.</summary>
public sealed record EvidenceItemViewModel(GetEvidenceItem.Result Details, AddEvidenceVersion.Command Form, EvidenceUploadOptions Options)
{
    public EvidenceItem Item => Details.Item;

    public string Path => EvidenceDisplay.ItemPath(Details.CandidateId, Item.Id);

    public static AddEvidenceVersion.Command NewVersion(EvidenceItem item) => new() { Version = item.Version, Answer = item.Latest.Answer };
}
