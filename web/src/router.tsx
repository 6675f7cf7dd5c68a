import { lazy } from 'react'
import { createBrowserRouter, Navigate } from 'react-router'
import { AppLayout } from './components/app-layout'
import { PublicLayout } from './components/public-layout'
import { RequireAuth } from './components/require-auth'
import { RouteError } from './components/route-error'
import { SettingsSectionGuard } from './pages/settings/settings-section-guard'

const LoginPage = lazy(() => import('./pages/login-page').then((m) => ({ default: m.LoginPage })))
const InvitePage = lazy(() =>
  import('./pages/invite-page').then((m) => ({ default: m.InvitePage })),
)
const HomePage = lazy(() => import('./pages/home-page').then((m) => ({ default: m.HomePage })))
const InboxPage = lazy(() =>
  import('./pages/inbox/inbox-page').then((m) => ({ default: m.InboxPage })),
)
const OrdersPage = lazy(() =>
  import('./pages/orders/orders-page').then((m) => ({ default: m.OrdersPage })),
)
const OrderDetailPage = lazy(() =>
  import('./pages/orders/order-detail-page').then((m) => ({ default: m.OrderDetailPage })),
)
const CustomersPage = lazy(() =>
  import('./pages/customers/customers-page').then((m) => ({ default: m.CustomersPage })),
)
const CustomerProfilePage = lazy(() =>
  import('./pages/customers/customer-profile-page').then((m) => ({
    default: m.CustomerProfilePage,
  })),
)
const ImportsPage = lazy(() =>
  import('./pages/imports/imports-page').then((m) => ({ default: m.ImportsPage })),
)
const OrderSettingsPage = lazy(() =>
  import('./pages/settings/orders/order-settings-page').then((m) => ({
    default: m.OrderSettingsPage,
  })),
)
const ReturnsPage = lazy(() =>
  import('./pages/returns/returns-page').then((m) => ({ default: m.ReturnsPage })),
)
const ReturnCasePage = lazy(() =>
  import('./pages/returns/return-case-page').then((m) => ({ default: m.ReturnCasePage })),
)
const PackStationPage = lazy(() =>
  import('./pages/pack/pack-station-page').then((m) => ({ default: m.PackStationPage })),
)
const ReturnSettingsPage = lazy(() =>
  import('./pages/settings/returns/return-settings-page').then((m) => ({
    default: m.ReturnSettingsPage,
  })),
)
const ChannelsPage = lazy(() =>
  import('./pages/settings/channels/channels-page').then((m) => ({ default: m.ChannelsPage })),
)
const InboxSettingsPage = lazy(() =>
  import('./pages/settings/inbox/inbox-settings-page').then((m) => ({
    default: m.InboxSettingsPage,
  })),
)
const NotFoundPage = lazy(() =>
  import('./pages/not-found-page').then((m) => ({ default: m.NotFoundPage })),
)
const SettingsLayout = lazy(() =>
  import('./pages/settings/settings-layout').then((m) => ({ default: m.SettingsLayout })),
)
const WorkspaceSettingsPage = lazy(() =>
  import('./pages/settings/workspace-settings-page').then((m) => ({
    default: m.WorkspaceSettingsPage,
  })),
)
const MembersPage = lazy(() =>
  import('./pages/settings/members-page').then((m) => ({ default: m.MembersPage })),
)
const InvitationsPage = lazy(() =>
  import('./pages/settings/invitations-page').then((m) => ({ default: m.InvitationsPage })),
)
const ApiTokensPage = lazy(() =>
  import('./pages/settings/api-tokens-page').then((m) => ({ default: m.ApiTokensPage })),
)
const AuditLogPage = lazy(() =>
  import('./pages/settings/audit-log-page').then((m) => ({ default: m.AuditLogPage })),
)

export const router = createBrowserRouter([
  {
    errorElement: <RouteError />,
    children: [
      {
        element: <PublicLayout />,
        children: [
          { path: '/login', element: <LoginPage /> },
          { path: '/invite/:token', element: <InvitePage /> },
        ],
      },
      {
        element: <RequireAuth />,
        children: [
          {
            element: <AppLayout />,
            children: [
              { index: true, element: <HomePage /> },
              { path: 'inbox/:conversationId?', element: <InboxPage /> },
              { path: 'orders', element: <OrdersPage /> },
              { path: 'orders/:orderId', element: <OrderDetailPage /> },
              { path: 'customers', element: <CustomersPage /> },
              { path: 'customers/:customerId', element: <CustomerProfilePage /> },
              { path: 'imports', element: <ImportsPage /> },
              { path: 'returns', element: <ReturnsPage /> },
              { path: 'returns/:caseId', element: <ReturnCasePage /> },
              { path: 'pack', element: <PackStationPage /> },
              {
                path: 'settings',
                element: <SettingsLayout />,
                children: [
                  { index: true, element: <Navigate to="workspace" replace /> },
                  { path: 'workspace', element: <WorkspaceSettingsPage /> },
                  { path: 'members', element: <MembersPage /> },
                  { path: 'inbox', element: <InboxSettingsPage /> },
                  { path: 'orders', element: <OrderSettingsPage /> },
                  { path: 'returns', element: <ReturnSettingsPage /> },
                  {
                    element: <SettingsSectionGuard ability="manageWorkspace" />,
                    children: [{ path: 'channels', element: <ChannelsPage /> }],
                  },
                  {
                    element: <SettingsSectionGuard ability="manageMembers" />,
                    children: [{ path: 'invitations', element: <InvitationsPage /> }],
                  },
                  {
                    element: <SettingsSectionGuard ability="manageTokens" />,
                    children: [{ path: 'api-tokens', element: <ApiTokensPage /> }],
                  },
                  {
                    element: <SettingsSectionGuard ability="readAudit" />,
                    children: [{ path: 'audit-log', element: <AuditLogPage /> }],
                  },
                ],
              },
              { path: '*', element: <NotFoundPage /> },
            ],
          },
        ],
      },
    ],
  },
])
