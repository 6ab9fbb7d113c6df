package io.boto4j.internal.endpoints;

/**
 * The generic built-in parameter names rule sets declare ({@code "builtIn": "AWS::Region"}); a service's own
 * built-ins are named by its customization.
 */
public final class BuiltIns {
    public static final String REGION = "AWS::Region";
    public static final String USE_FIPS = "AWS::UseFIPS";
    public static final String USE_DUALSTACK = "AWS::UseDualStack";
    public static final String ENDPOINT = "SDK::Endpoint";
    public static final String STS_USE_GLOBAL_ENDPOINT = "AWS::STS::UseGlobalEndpoint";
    public static final String ACCOUNT_ID = "AWS::Auth::AccountId";
    public static final String ACCOUNT_ID_ENDPOINT_MODE = "AWS::Auth::AccountIdEndpointMode";

    private BuiltIns() {
    }
}
