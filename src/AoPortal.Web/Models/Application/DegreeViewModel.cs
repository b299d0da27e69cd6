using AoPortal.Application.Features.Applications;

namespace AoPortal.Web.Models.Application;

public sealed record DegreeViewModel(SaveDegree.Command Form);
