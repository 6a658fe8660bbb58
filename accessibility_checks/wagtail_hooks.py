from portal.reports import register_report

from .reports import AuditReportView

register_report(AuditReportView)
