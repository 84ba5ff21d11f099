{{/*
Names, labels and small values shared by every template. The per-service pieces take a
context `dict "root" $ "name" "<service>" "values" .Values.<service>`.
*/}}

{{/* Prefix of every resource name: fullnameOverride, else the release name. */}}
{{- define "medstream.fullname" -}}
{{- .Values.fullnameOverride | default .Release.Name | trunc 40 | trimSuffix "-" -}}
{{- end -}}

{{/*
The topic each worker consumes (suffix after kafka.topicPrefix): a fact of the services'
code (their WorkerSpec), not a setting, so it is fixed here and checked by the tests.
*/}}
{{- define "medstream.consumedTopic" -}}
{{- get (dict "router" "requests" "analytics" "tasks.analytics" "reports" "requests" "surveillance" "visits") . -}}
{{- end -}}

{{- define "medstream.selectorLabels" -}}
app: {{ .name }}
app.kubernetes.io/name: {{ .name }}
app.kubernetes.io/instance: {{ .root.Release.Name }}
{{- end -}}

{{- define "medstream.labels" -}}
{{ include "medstream.selectorLabels" . }}
app.kubernetes.io/part-of: medstream
app.kubernetes.io/component: {{ eq .name "gateway" | ternary "api" "worker" }}
app.kubernetes.io/version: {{ include "medstream.imageTag" . | quote }}
app.kubernetes.io/managed-by: {{ .root.Values.managedBy | default .root.Release.Service }}
{{- end -}}

{{/* Labels of resources that belong to no single service (config, topics). */}}
{{- define "medstream.commonLabels" -}}
app.kubernetes.io/instance: {{ .Release.Name }}
app.kubernetes.io/part-of: medstream
app.kubernetes.io/managed-by: {{ .Values.managedBy | default .Release.Service }}
{{- end -}}

{{- define "medstream.imageTag" -}}
{{- .values.image.tag | default .root.Values.image.tag | default .root.Chart.AppVersion -}}
{{- end -}}

{{- define "medstream.image" -}}
{{- $repository := .values.image.repository | default (printf "%s/%s" .root.Values.image.registry .name) -}}
{{- printf "%s:%s" $repository (include "medstream.imageTag" .) -}}
{{- end -}}

{{- define "medstream.secretName" -}}
{{- if .Values.secrets.create -}}
{{- printf "%s-secrets" (include "medstream.fullname" .) -}}
{{- else -}}
{{- required "secrets.existingSecret is required when secrets.create is false" .Values.secrets.existingSecret -}}
{{- end -}}
{{- end -}}

{{- define "medstream.terminationGracePeriodSeconds" -}}
{{- $shutdown := .Values.shutdown -}}
{{- if ge (int $shutdown.preStopSleepSeconds) (int $shutdown.marginSeconds) -}}
{{- fail "shutdown.preStopSleepSeconds must be below shutdown.marginSeconds" -}}
{{- end -}}
{{- add (int $shutdown.graceSeconds) (int $shutdown.marginSeconds) -}}
{{- end -}}

{{/*
Fails on an address the services refuse in production (ServiceSettings: a loopback Kafka,
MongoDB or Redis address), so a bad value stops `helm install` instead of every pod:
(list VALUE_NAME VARIABLE VALUE).
*/}}
{{- define "medstream.refuseLoopback" -}}
{{- if contains "127.0.0.1" (index . 2) -}}
{{- fail (printf "%s: %s is a loopback address, which the services refuse in production (%s)" (index . 0) (index . 2) (index . 1)) -}}
{{- end -}}
{{- end -}}

{{/* A secretKeyRef env entry: (list NAME SECRET KEY OPTIONAL). */}}
{{- define "medstream.secretEnv" -}}
- name: {{ index . 0 }}
  valueFrom:
    secretKeyRef:
      name: {{ index . 1 }}
      key: {{ index . 2 }}
      {{- if index . 3 }}
      optional: true
      {{- end }}
{{- end -}}

{{/*
The LLM endpoint, for the services that call a model: the key from a Secret (optional:
without one they use their offline engines), the endpoint and model when set (unset, not
empty, means the SDK's and the settings' defaults).
*/}}
{{- define "medstream.llmEnv" -}}
{{- $secret := .Values.llm.existingSecret | default (include "medstream.secretName" .) -}}
{{- include "medstream.secretEnv" (list "OPENAI_API_KEY" $secret .Values.llm.existingSecretKey true) }}
{{- with .Values.llm.baseUrl }}
- name: OPENAI_BASE_URL
  value: {{ . | quote }}
{{- end }}
{{- with .Values.llm.model }}
- name: MEDSTREAM_LLM_MODEL
  value: {{ . | quote }}
{{- end }}
{{- end -}}
