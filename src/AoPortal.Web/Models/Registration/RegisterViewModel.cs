using AoPortal.Application.Features.Registration;

namespace AoPortal.Web.Models.Registration;

public sealed record RegisterViewModel(StartRegistration.Command Form);
