using System.Reflection;
using FluentValidation;
using Microsoft.Extensions.DependencyInjection;

namespace AoPortal.Application;

public static class DependencyInjection
{
    /// <summary>Registers every use-case handler (a class named Handler) and every validator in this assembly.</summary>
    public static IServiceCollection AddApplication(this IServiceCollection services)
    {
        var assembly = typeof(DependencyInjection).Assembly;
        foreach (var handler in ConcreteTypes(assembly).Where(t => t.Name == "Handler")) services.AddScoped(handler);
        return services.AddValidatorsIn(assembly);
    }

    /// <summary>
    /// Registers each FluentValidation validator in an assembly as IValidator&lt;T&gt;. FluentValidation's own DI
    /// package is not served by the registry here; scanning keeps a new form from going unvalidated.
    /// </summary>
    public static IServiceCollection AddValidatorsIn(this IServiceCollection services, Assembly assembly)
    {
        foreach (var type in ConcreteTypes(assembly))
        {
            foreach (var validatorInterface in type.GetInterfaces()
                         .Where(i => i.IsGenericType && i.GetGenericTypeDefinition() == typeof(IValidator<>)))
            {
                services.AddScoped(validatorInterface, type);
            }
        }

        return services;
    }

    private static IEnumerable<Type> ConcreteTypes(Assembly assembly) =>
        assembly.GetTypes().Where(t => t is { IsClass: true, IsAbstract: false, IsGenericTypeDefinition: false });
}
