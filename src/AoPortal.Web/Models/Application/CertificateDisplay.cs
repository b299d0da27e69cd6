using AoPortal.Domain.Applications;

namespace AoPortal.Web.Models.Application;

/// <summary>Names, addresses and sizes of uploaded certificates as the pages show them.</summary>
public static class CertificateDisplay
{
    /// <summary>ViewData key naming the certificate whose upload form has the error.</summary>
    public const string ErrorKindKey = "UploadErrorKind";

    private static readonly Dictionary<DocumentKind, string> Slugs = new()
    {
        [DocumentKind.DegreeCertificate] = "degree",
        [DocumentKind.GcseEnglishCertificate] = "gcse-english",
        [DocumentKind.GcseMathsCertificate] = "gcse-maths",
        [DocumentKind.GcseScienceCertificate] = "gcse-science",
    };

    public static string Slug(DocumentKind kind) => Slugs[kind];

    public static bool TryParse(string? slug, out DocumentKind kind)
    {
        foreach (var (k, s) in Slugs)
        {
            if (string.Equals(s, slug, StringComparison.OrdinalIgnoreCase))
            {
                kind = k;
                return true;
            }
        }

        kind = default;
        return false;
    }

    public static DocumentKind ForGcse(GcseSubject subject) => subject switch
    {
        GcseSubject.English => DocumentKind.GcseEnglishCertificate,
        GcseSubject.Maths => DocumentKind.GcseMathsCertificate,
        _ => DocumentKind.GcseScienceCertificate,
    };

    public static string Name(DocumentKind kind) => kind switch
    {
        DocumentKind.DegreeCertificate => "Degree certificate",
        DocumentKind.GcseEnglishCertificate => "English certificate",
        DocumentKind.GcseMathsCertificate => "Maths certificate",
        _ => "Science certificate",
    };

    public static string UploadPath(DocumentKind kind) => $"/application/documents/{Slug(kind)}";

    public static string OwnDownloadPath(Guid documentId) => $"/application/documents/{documentId}";

    public static string StaffDownloadPath(Guid candidateId, Guid documentId) => $"/candidates/{candidateId}/documents/{documentId}";
}
