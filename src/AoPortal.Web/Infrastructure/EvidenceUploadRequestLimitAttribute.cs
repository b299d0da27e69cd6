using AoPortal.Application.Features.Evidence;
using AoPortal.Domain.Evidence;

namespace AoPortal.Web.Infrastructure;

/// <summary>Evidence uploads: up to <see cref="EvidenceItem.MaxFilesPerVersion"/> files of up to Evidence:MaxFileSizeBytes each.</summary>
public sealed class EvidenceUploadRequestLimitAttribute : RequestBodyLimitAttribute
{
    protected override long FileBytes(IServiceProvider services) =>
        services.GetRequiredService<EvidenceUploadOptions>().MaxFileSizeBytes * EvidenceItem.MaxFilesPerVersion;
}
