namespace AoPortal.Infrastructure.Email;

/// <summary>Settings under "Email". Without an SMTP host, messages are written as .eml files to <see cref="PickupFolder"/>.</summary>
public sealed class EmailOptions
{
    public const string Section = "Email";

    public string From { get; set; } = "no-reply@aoportal.invalid";
    public string PickupFolder { get; set; } = "App_Data/mail";
    public SmtpSettings Smtp { get; set; } = new();

    public sealed class SmtpSettings
    {
        public string? Host { get; set; }
        public int Port { get; set; } = 587;
        public bool EnableSsl { get; set; } = true;
        public string? UserName { get; set; }
        public string? Password { get; set; }
    }
}
