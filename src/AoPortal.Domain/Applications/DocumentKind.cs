namespace AoPortal.Domain.Applications;

/// <summary>Which certificate an uploaded document is; the application holds at most one of each.</summary>
public enum DocumentKind
{
    DegreeCertificate,
    GcseEnglishCertificate,
    GcseMathsCertificate,
    GcseScienceCertificate,
}
