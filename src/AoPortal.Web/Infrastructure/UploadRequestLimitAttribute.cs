using AoPortal.Application.Features.Applications;

namespace AoPortal.Web.Infrastructure;

/// <summary>Certificate uploads: one file of up to Uploads:MaxFileSizeBytes.</summary>
public sealed class UploadRequestLimitAttribute : RequestBodyLimitAttribute
{
    protected override long FileBytes(IServiceProvider services) => services.GetRequiredService<UploadOptions>().MaxFileSizeBytes;
}
