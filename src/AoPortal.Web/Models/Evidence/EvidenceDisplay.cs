using AoPortal.Application.Features.Evidence;
using AoPortal.Domain.Evidence;

namespace AoPortal.Web.Models.Evidence;

/// <summary>How evidence reads on the pages: status tags (colour and words), sizes, links, the upload hint.</summary>
public static class EvidenceDisplay
{
    public static string Path(Guid candidateId) => $"/candidates/{candidateId}/evidence";

    public static string ItemPath(Guid candidateId, Guid itemId) => $"{Path(candidateId)}/{itemId}";

    public static string FilePath(Guid candidateId, Guid itemId, Guid fileId) => $"{ItemPath(candidateId, itemId)}/files/{fileId}";

    public static string TagClass(EvidenceStatus status) => status switch
    {
        EvidenceStatus.Accepted => "govuk-tag--green",
        EvidenceStatus.MoreRequested => "govuk-tag--orange",
        _ => "govuk-tag--blue",
    };


    public static string ScanText(ScanResult scan) => scan switch
    {
        ScanResult.Pending => "Being checked for viruses",
        ScanResult.Infected => "Failed the virus check: contact your provider",
        _ => "",
    };

    /// <summary>"PDF, Word, Excel, PowerPoint, JPEG, PNG or MP4".</summary>
    public static string Kinds(EvidenceUploadOptions options)
    {
        var names = options.GetAllowedKinds().Select(k => k.ShortName).ToList();
        return names.Count == 1 ? names[0] : $"{string.Join(", ", names[..^1])} or {names[^1]}";
    }

    /// <summary>The file input's accept list: ".pdf,.docx,...".</summary>
    public static string Accept(EvidenceUploadOptions options) => string.Join(',', options.GetAllowedKinds().SelectMany(k => k.Extensions));

    public static string FileHint(EvidenceUploadOptions options) =>
        $"{Kinds(options)} files, each {options.MaxSizeText} or smaller, up to {EvidenceItem.MaxFilesPerVersion} at a time. Your portfolio can hold {options.MaxCandidateQuotaText} in all.";
}
