using CustomerService.Functions.Features.Informing.Delivery;
using CustomerService.Functions.Features.Informing.DeliveryReports;
using CustomerService.Functions.Platform.Communication;
using CustomerService.Functions.Platform.Hosting.Catalogue;
using CustomerService.Functions.Platform.OpenApi;

namespace CustomerService.Functions.Features.Informing;

/// <summary>Informing in the composition root: <c>builder.AddInforming()</c> and <c>api.MapInforming()</c>.</summary>
public static class InformingRegistration
{
    public static WebApplicationBuilder AddInforming(this WebApplicationBuilder builder)
    {
        var services = builder.Services;
        services.AddCommunication();
        services.AddSingleton<DeliveryTables>();
        services.AddSingleton<DeliveryStore>();
        services.AddSingleton<AcsSender>();
        services.AddSingleton<OutboxDispatch>();
        services.AddSingleton<MessageDelivery>();
        services.AddQueueFunction<OutboxDispatchFunction>(OutboxDispatchFunction.FunctionName, DeliveryTables.DispatchQueue);
        services.AddTimerFunction<OutboxSweepFunction>(OutboxSweepFunction.FunctionName, OutboxSweepFunction.Schedule);
        services.AddSingleton<DeliveryReportProcessor>();
        services.AddApiOperationDocs(DeliveryReportsApiDocs.All());
        return builder;
    }

    public static RouteGroupBuilder MapInforming(this RouteGroupBuilder api) => api.MapDeliveryReports();
}
