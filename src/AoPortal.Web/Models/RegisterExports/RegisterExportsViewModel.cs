using Exports = AoPortal.Application.Features.Recommendations.RegisterExports;

namespace AoPortal.Web.Models.RegisterExports;

/// <summary>The register export page: what waits for export, ready or refused, the export button, and the exports made.</summary>
public sealed record RegisterExportsViewModel(Exports.Overview Overview)
{
    public IReadOnlyList<Exports.Waiting> Ready => Overview.Ready;

    public IReadOnlyList<Exports.Waiting> Refused => Overview.Refused;

    public static string DetailsUrl(int number) => $"/register-exports/{number}";

    public static string FileUrl(int number) => $"/register-exports/{number}/file";

    public static string CandidateUrl(Guid candidateId) => $"/candidates/{candidateId}";

    public static string Count(int count, string one, string many) => $"{count} {(count == 1 ? one : many)}";
}
