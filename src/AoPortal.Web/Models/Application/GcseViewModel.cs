using AoPortal.Application.Features.Applications;

namespace AoPortal.Web.Models.Application;

/// <summary>The GCSE, or equivalent, in one subject; the subject comes from the address.</summary>
public sealed record GcseViewModel(SaveGcse.Command Form)
{
    public string Heading => $"{Form.Subject.Name()} GCSE or equivalent";

    public string Action => ApplicationPaths.Gcse(Form.Subject);
}
