using AoPortal.Application;
using AoPortal.Infrastructure;
using AoPortal.Infrastructure.Identity;
using AoPortal.Infrastructure.Persistence;
using AoPortal.Web.Infrastructure;
using FluentValidation;
using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Mvc;
using Serilog;

var builder = WebApplication.CreateBuilder(args);

// Serilog through Microsoft.Extensions.Logging: Serilog.AspNetCore is not served by the registry here (ADR-003).
var logFile = Path.GetFullPath(Path.Combine(builder.Environment.ContentRootPath, builder.Configuration["Serilog:FilePath"] ?? "App_Data/logs/aoportal-.log"));
builder.Logging.ClearProviders().AddSerilog(new LoggerConfiguration()
    .ReadFrom.Configuration(builder.Configuration)
    .Enrich.FromLogContext()
    .WriteTo.Console()
    .WriteTo.File(logFile, rollingInterval: RollingInterval.Day, retainedFileCountLimit: 31)
    .CreateLogger(), dispose: true);

builder.Services.AddApplication();
builder.Services.AddInfrastructure(builder.Configuration, builder.Environment);
builder.Services.AddValidatorsIn(typeof(Program).Assembly);
builder.Services.AddHttpContextAccessor();
builder.Services.AddScoped<AoPortal.Application.Abstractions.ICurrentUser, HttpCurrentUser>();
builder.Services.AddScoped<PublicUrls>();
builder.Services.AddScoped<ISetPasswordLinks, SetPasswordLinks>();
builder.Services.AddScoped<AoPortal.Application.Abstractions.IRegistrationLinks, RegistrationLinks>();
builder.Services.AddRegistrationRateLimit(builder.Configuration);
builder.Services.AddHostedService<EvidenceRescanService>();
builder.Services.AddPortalSessionCookie();
builder.Services.AddPortalAuthorization();
builder.Services.Configure<ProviderSettings>(builder.Configuration.GetSection(ProviderSettings.Section));
builder.Services.AddAntiforgery(o =>
{
    o.Cookie.Name = "aoportal.antiforgery";
    o.Cookie.SecurePolicy = CookieSecurePolicy.SameAsRequest;
});
builder.Services.AddControllersWithViews(o =>
{
    o.Filters.Add<RequestConnectionFilter>();
    o.Filters.Add(new AutoValidateAntiforgeryTokenAttribute());
    o.Filters.Add<HiddenCharactersFilter>();
    o.Filters.Add<FluentValidationFilter>();
    o.Filters.Add<RecordAccessExceptionFilter>();
    o.SuppressImplicitRequiredAttributeForNonNullableReferenceTypes = true;
    o.ModelBindingMessageProvider.SetAttemptedValueIsInvalidAccessor((_, _) => "Enter a valid value");
    o.ModelBindingMessageProvider.SetValueIsInvalidAccessor(_ => "Enter a valid value");
    o.ModelBindingMessageProvider.SetValueMustNotBeNullAccessor(_ => "Enter a value");
    o.ModelBindingMessageProvider.SetMissingBindRequiredValueAccessor(_ => "Enter a value");
});
builder.Services.AddHealthChecks().AddDbContextCheck<AoPortalDbContext>("database");

var app = builder.Build();

await app.Services.InitialiseDatabaseAsync();

if (!app.Environment.IsDevelopment())
{
    app.UseExceptionHandler("/error/500");
    app.UseHsts();
}

app.UseMiddleware<SecurityHeadersMiddleware>();
app.UseMiddleware<RequestLoggingMiddleware>();
app.UseStatusCodePagesWithReExecute("/error/{0}");
app.UseStaticFiles();
app.UseRouting();
app.UseRateLimiter();
app.UseAuthentication();
app.UseMiddleware<AccessDenialAuditMiddleware>();
app.UseAuthorization();
app.MapHealthChecks("/health").AllowAnonymous();
app.MapControllers();

await app.RunAsync();

/// <summary>The entry point, visible to WebApplicationFactory in the web tests.</summary>
public partial class Program;
