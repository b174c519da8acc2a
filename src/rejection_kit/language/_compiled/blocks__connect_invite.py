"""blocks/connect_invite.j2, compiled by Jinja (scripts/compile_templates.py: do not edit)."""

# ruff: noqa
# fmt: off
# mypy: ignore-errors

SOURCE = '21af07e9a3733b18a9e7cfb54355cf0a'
JINJA = '3.1.6'
MACROS = (('met_1', ('c', 'x')), ('met_2', ('c', 'x')), ('met_3', ('c', 'x')), ('met_4', ('c', 'x')), ('met_5', ('c',)), ('met__1', ('c',)), ('met__2', ('c',)), ('met__3', ('c',)), ('met__4', ('c',)), ('met__5', ('c',)), ('met__6', ('c',)), ('met__7', ('c',)), ('process_1', ('c', 'x')), ('process_2', ('c', 'x')), ('process_3', ('c', 'x')), ('process_4', ('c',)), ('process__1', ('c',)), ('process__2', ('c',)), ('process__3', ('c',)), ('process__4', ('c',)), ('process__5', ('c',)), ('agency_1', ('c',)), ('agency_2', ('c',)), ('agency_3', ('c',)), ('referrer_1', ('c',)), ('referrer_2', ('c',)), ('referrer_3', ('c',)))


def namespace(environment):
    from jinja2.runtime import LoopContext, Macro, Markup, Namespace, TemplateNotFound, TemplateReference, TemplateRuntimeError, Undefined, escape, identity, internalcode, markup_join, missing, str_join
    name = 'blocks/connect_invite.j2'

    def root(context, missing=missing, environment=environment):
        resolve = context.resolve_or_missing
        undefined = environment.undefined
        concat = environment.concat
        cond_expr_undefined = Undefined
        if 0: yield None
        l_0_met_1 = l_0_met_2 = l_0_met_3 = l_0_met_4 = l_0_met_5 = l_0_met__1 = l_0_met__2 = l_0_met__3 = l_0_met__4 = l_0_met__5 = l_0_met__6 = l_0_met__7 = l_0_process_1 = l_0_process_2 = l_0_process_3 = l_0_process_4 = l_0_process__1 = l_0_process__2 = l_0_process__3 = l_0_process__4 = l_0_process__5 = l_0_agency_1 = l_0_agency_2 = l_0_agency_3 = l_0_referrer_1 = l_0_referrer_2 = l_0_referrer_3 = missing
        pass
        def macro(l_1_c, l_1_x):
            t_1 = []
            l_1_gettext = resolve('gettext')
            if l_1_c is missing:
                l_1_c = undefined("parameter 'c' was not provided", name='c')
            if l_1_x is missing:
                l_1_x = undefined("parameter 'x' was not provided", name='x')
            pass
            if (environment.getattr(l_1_c, 'medium') == 'on_site'):
                pass
                t_1.append(
                    str(((undefined(name='gettext') if l_1_gettext is missing else l_1_gettext))('It was a pleasure to meet you during my interviews for the %(role)s role at %(company)s. %(x)s', role=environment.getattr(l_1_c, 'role'), company=environment.getattr(l_1_c, 'company'), x=l_1_x)),
                )
            else:
                pass
                t_1.append(
                    str(((undefined(name='gettext') if l_1_gettext is missing else l_1_gettext))('It was a pleasure to speak with you during my interviews for the %(role)s role at %(company)s. %(x)s', role=environment.getattr(l_1_c, 'role'), company=environment.getattr(l_1_c, 'company'), x=l_1_x)),
                )
            return concat(t_1)
        context.exported_vars.add('met_1')
        context.vars['met_1'] = l_0_met_1 = Macro(environment, macro, 'met_1', ('c', 'x'), False, False, False, context.eval_ctx.autoescape)
        def macro(l_1_c, l_1_x):
            t_2 = []
            l_1_gettext = resolve('gettext')
            if l_1_c is missing:
                l_1_c = undefined("parameter 'c' was not provided", name='c')
            if l_1_x is missing:
                l_1_x = undefined("parameter 'x' was not provided", name='x')
            pass
            t_2.append(
                str(((undefined(name='gettext') if l_1_gettext is missing else l_1_gettext))('We spoke when I interviewed for the %(role)s role at %(company)s, and I enjoyed our conversation. %(x)s', role=environment.getattr(l_1_c, 'role'), company=environment.getattr(l_1_c, 'company'), x=l_1_x)),
            )
            return concat(t_2)
        context.exported_vars.add('met_2')
        context.vars['met_2'] = l_0_met_2 = Macro(environment, macro, 'met_2', ('c', 'x'), False, False, False, context.eval_ctx.autoescape)
        def macro(l_1_c, l_1_x):
            t_3 = []
            l_1_gettext = resolve('gettext')
            if l_1_c is missing:
                l_1_c = undefined("parameter 'c' was not provided", name='c')
            if l_1_x is missing:
                l_1_x = undefined("parameter 'x' was not provided", name='x')
            pass
            t_3.append(
                str(((undefined(name='gettext') if l_1_gettext is missing else l_1_gettext))('I enjoyed talking with you about the %(role)s role at %(company)s. %(x)s', role=environment.getattr(l_1_c, 'role'), company=environment.getattr(l_1_c, 'company'), x=l_1_x)),
            )
            return concat(t_3)
        context.exported_vars.add('met_3')
        context.vars['met_3'] = l_0_met_3 = Macro(environment, macro, 'met_3', ('c', 'x'), False, False, False, context.eval_ctx.autoescape)
        def macro(l_1_c, l_1_x):
            t_4 = []
            l_1_gettext = resolve('gettext')
            if l_1_c is missing:
                l_1_c = undefined("parameter 'c' was not provided", name='c')
            if l_1_x is missing:
                l_1_x = undefined("parameter 'x' was not provided", name='x')
            pass
            t_4.append(
                str(((undefined(name='gettext') if l_1_gettext is missing else l_1_gettext))('We spoke during my interviews at %(company)s. %(x)s', company=environment.getattr(l_1_c, 'company'), x=l_1_x)),
            )
            return concat(t_4)
        context.exported_vars.add('met_4')
        context.vars['met_4'] = l_0_met_4 = Macro(environment, macro, 'met_4', ('c', 'x'), False, False, False, context.eval_ctx.autoescape)
        def macro(l_1_c):
            t_5 = []
            l_1_gettext = resolve('gettext')
            if l_1_c is missing:
                l_1_c = undefined("parameter 'c' was not provided", name='c')
            pass
            t_5.append(
                str(((undefined(name='gettext') if l_1_gettext is missing else l_1_gettext))("We spoke during my interviews at %(company)s; I'd be glad to stay connected.", company=environment.getattr(l_1_c, 'company'))),
            )
            return concat(t_5)
        context.exported_vars.add('met_5')
        context.vars['met_5'] = l_0_met_5 = Macro(environment, macro, 'met_5', ('c',), False, False, False, context.eval_ctx.autoescape)
        def macro(l_1_c):
            t_6 = []
            l_1_gettext = resolve('gettext')
            if l_1_c is missing:
                l_1_c = undefined("parameter 'c' was not provided", name='c')
            pass
            t_6.append(
                str(((undefined(name='gettext') if l_1_gettext is missing else l_1_gettext))("I'd be glad to stay in touch.")),
            )
            return concat(t_6)
        context.exported_vars.add('met__1')
        context.vars['met__1'] = l_0_met__1 = Macro(environment, macro, 'met__1', ('c',), False, False, False, context.eval_ctx.autoescape)
        def macro(l_1_c):
            t_7 = []
            l_1_gettext = resolve('gettext')
            if l_1_c is missing:
                l_1_c = undefined("parameter 'c' was not provided", name='c')
            pass
            t_7.append(
                str(((undefined(name='gettext') if l_1_gettext is missing else l_1_gettext))("I'd like to stay connected.")),
            )
            return concat(t_7)
        context.exported_vars.add('met__2')
        context.vars['met__2'] = l_0_met__2 = Macro(environment, macro, 'met__2', ('c',), False, False, False, context.eval_ctx.autoescape)
        def macro(l_1_c):
            t_8 = []
            l_1_gettext = resolve('gettext')
            if l_1_c is missing:
                l_1_c = undefined("parameter 'c' was not provided", name='c')
            pass
            t_8.append(
                str(((undefined(name='gettext') if l_1_gettext is missing else l_1_gettext))('It would be great to keep in touch.')),
            )
            return concat(t_8)
        context.exported_vars.add('met__3')
        context.vars['met__3'] = l_0_met__3 = Macro(environment, macro, 'met__3', ('c',), False, False, False, context.eval_ctx.autoescape)
        def macro(l_1_c):
            t_9 = []
            l_1_gettext = resolve('gettext')
            if l_1_c is missing:
                l_1_c = undefined("parameter 'c' was not provided", name='c')
            pass
            t_9.append(
                str(((undefined(name='gettext') if l_1_gettext is missing else l_1_gettext))('I hope we can stay in touch.')),
            )
            return concat(t_9)
        context.exported_vars.add('met__4')
        context.vars['met__4'] = l_0_met__4 = Macro(environment, macro, 'met__4', ('c',), False, False, False, context.eval_ctx.autoescape)
        def macro(l_1_c):
            t_10 = []
            l_1_gettext = resolve('gettext')
            if l_1_c is missing:
                l_1_c = undefined("parameter 'c' was not provided", name='c')
            pass
            t_10.append(
                str(((undefined(name='gettext') if l_1_gettext is missing else l_1_gettext))("Let's stay in touch.")),
            )
            return concat(t_10)
        context.exported_vars.add('met__5')
        context.vars['met__5'] = l_0_met__5 = Macro(environment, macro, 'met__5', ('c',), False, False, False, context.eval_ctx.autoescape)
        def macro(l_1_c):
            t_11 = []
            l_1_gettext = resolve('gettext')
            if l_1_c is missing:
                l_1_c = undefined("parameter 'c' was not provided", name='c')
            pass
            t_11.append(
                str(((undefined(name='gettext') if l_1_gettext is missing else l_1_gettext))("I'd be happy to stay connected.")),
            )
            return concat(t_11)
        context.exported_vars.add('met__6')
        context.vars['met__6'] = l_0_met__6 = Macro(environment, macro, 'met__6', ('c',), False, False, False, context.eval_ctx.autoescape)
        def macro(l_1_c):
            t_12 = []
            l_1_gettext = resolve('gettext')
            if l_1_c is missing:
                l_1_c = undefined("parameter 'c' was not provided", name='c')
            pass
            t_12.append(
                str(((undefined(name='gettext') if l_1_gettext is missing else l_1_gettext))("I'd welcome the chance to keep in touch.")),
            )
            return concat(t_12)
        context.exported_vars.add('met__7')
        context.vars['met__7'] = l_0_met__7 = Macro(environment, macro, 'met__7', ('c',), False, False, False, context.eval_ctx.autoescape)
        yield '\n'
        def macro(l_1_c, l_1_x):
            t_13 = []
            l_1_gettext = resolve('gettext')
            if l_1_c is missing:
                l_1_c = undefined("parameter 'c' was not provided", name='c')
            if l_1_x is missing:
                l_1_x = undefined("parameter 'x' was not provided", name='x')
            pass
            t_13.append(
                str(((undefined(name='gettext') if l_1_gettext is missing else l_1_gettext))('Thank you for your help during the process for the %(role)s role at %(company)s. %(x)s', role=environment.getattr(l_1_c, 'role'), company=environment.getattr(l_1_c, 'company'), x=l_1_x)),
            )
            return concat(t_13)
        context.exported_vars.add('process_1')
        context.vars['process_1'] = l_0_process_1 = Macro(environment, macro, 'process_1', ('c', 'x'), False, False, False, context.eval_ctx.autoescape)
        def macro(l_1_c, l_1_x):
            t_14 = []
            l_1_gettext = resolve('gettext')
            if l_1_c is missing:
                l_1_c = undefined("parameter 'c' was not provided", name='c')
            if l_1_x is missing:
                l_1_x = undefined("parameter 'x' was not provided", name='x')
            pass
            t_14.append(
                str(((undefined(name='gettext') if l_1_gettext is missing else l_1_gettext))('I appreciated your help during my application for the %(role)s role at %(company)s. %(x)s', role=environment.getattr(l_1_c, 'role'), company=environment.getattr(l_1_c, 'company'), x=l_1_x)),
            )
            return concat(t_14)
        context.exported_vars.add('process_2')
        context.vars['process_2'] = l_0_process_2 = Macro(environment, macro, 'process_2', ('c', 'x'), False, False, False, context.eval_ctx.autoescape)
        def macro(l_1_c, l_1_x):
            t_15 = []
            l_1_gettext = resolve('gettext')
            if l_1_c is missing:
                l_1_c = undefined("parameter 'c' was not provided", name='c')
            if l_1_x is missing:
                l_1_x = undefined("parameter 'x' was not provided", name='x')
            pass
            t_15.append(
                str(((undefined(name='gettext') if l_1_gettext is missing else l_1_gettext))('We were in touch during my application to %(company)s. %(x)s', company=environment.getattr(l_1_c, 'company'), x=l_1_x)),
            )
            return concat(t_15)
        context.exported_vars.add('process_3')
        context.vars['process_3'] = l_0_process_3 = Macro(environment, macro, 'process_3', ('c', 'x'), False, False, False, context.eval_ctx.autoescape)
        def macro(l_1_c):
            t_16 = []
            l_1_gettext = resolve('gettext')
            if l_1_c is missing:
                l_1_c = undefined("parameter 'c' was not provided", name='c')
            pass
            t_16.append(
                str(((undefined(name='gettext') if l_1_gettext is missing else l_1_gettext))("Thank you for your help during my application; I'd be glad to stay connected.")),
            )
            return concat(t_16)
        context.exported_vars.add('process_4')
        context.vars['process_4'] = l_0_process_4 = Macro(environment, macro, 'process_4', ('c',), False, False, False, context.eval_ctx.autoescape)
        def macro(l_1_c):
            t_17 = []
            l_1_gettext = resolve('gettext')
            if l_1_c is missing:
                l_1_c = undefined("parameter 'c' was not provided", name='c')
            pass
            t_17.append(
                str(((undefined(name='gettext') if l_1_gettext is missing else l_1_gettext))("I'd be glad to stay in touch.")),
            )
            return concat(t_17)
        context.exported_vars.add('process__1')
        context.vars['process__1'] = l_0_process__1 = Macro(environment, macro, 'process__1', ('c',), False, False, False, context.eval_ctx.autoescape)
        def macro(l_1_c):
            t_18 = []
            l_1_gettext = resolve('gettext')
            if l_1_c is missing:
                l_1_c = undefined("parameter 'c' was not provided", name='c')
            pass
            t_18.append(
                str(((undefined(name='gettext') if l_1_gettext is missing else l_1_gettext))("I'd like to stay connected.")),
            )
            return concat(t_18)
        context.exported_vars.add('process__2')
        context.vars['process__2'] = l_0_process__2 = Macro(environment, macro, 'process__2', ('c',), False, False, False, context.eval_ctx.autoescape)
        def macro(l_1_c):
            t_19 = []
            l_1_gettext = resolve('gettext')
            if l_1_c is missing:
                l_1_c = undefined("parameter 'c' was not provided", name='c')
            pass
            t_19.append(
                str(((undefined(name='gettext') if l_1_gettext is missing else l_1_gettext))('It would be great to keep in touch.')),
            )
            return concat(t_19)
        context.exported_vars.add('process__3')
        context.vars['process__3'] = l_0_process__3 = Macro(environment, macro, 'process__3', ('c',), False, False, False, context.eval_ctx.autoescape)
        def macro(l_1_c):
            t_20 = []
            l_1_gettext = resolve('gettext')
            if l_1_c is missing:
                l_1_c = undefined("parameter 'c' was not provided", name='c')
            pass
            t_20.append(
                str(((undefined(name='gettext') if l_1_gettext is missing else l_1_gettext))("Let's stay in touch.")),
            )
            return concat(t_20)
        context.exported_vars.add('process__4')
        context.vars['process__4'] = l_0_process__4 = Macro(environment, macro, 'process__4', ('c',), False, False, False, context.eval_ctx.autoescape)
        def macro(l_1_c):
            t_21 = []
            l_1_gettext = resolve('gettext')
            if l_1_c is missing:
                l_1_c = undefined("parameter 'c' was not provided", name='c')
            pass
            t_21.append(
                str(((undefined(name='gettext') if l_1_gettext is missing else l_1_gettext))("I'd be happy to stay connected.")),
            )
            return concat(t_21)
        context.exported_vars.add('process__5')
        context.vars['process__5'] = l_0_process__5 = Macro(environment, macro, 'process__5', ('c',), False, False, False, context.eval_ctx.autoescape)
        yield '\n'
        def macro(l_1_c):
            t_22 = []
            l_1_gettext = resolve('gettext')
            if l_1_c is missing:
                l_1_c = undefined("parameter 'c' was not provided", name='c')
            pass
            t_22.append(
                str(((undefined(name='gettext') if l_1_gettext is missing else l_1_gettext))("Thank you for representing me for the role at %(company)s. I'd be glad to stay in touch about future searches.", company=environment.getattr(l_1_c, 'company'))),
            )
            return concat(t_22)
        context.exported_vars.add('agency_1')
        context.vars['agency_1'] = l_0_agency_1 = Macro(environment, macro, 'agency_1', ('c',), False, False, False, context.eval_ctx.autoescape)
        def macro(l_1_c):
            t_23 = []
            l_1_gettext = resolve('gettext')
            if l_1_c is missing:
                l_1_c = undefined("parameter 'c' was not provided", name='c')
            pass
            t_23.append(
                str(((undefined(name='gettext') if l_1_gettext is missing else l_1_gettext))("I enjoyed working with you on my recent search; I'd be glad to stay connected for future roles.")),
            )
            return concat(t_23)
        context.exported_vars.add('agency_2')
        context.vars['agency_2'] = l_0_agency_2 = Macro(environment, macro, 'agency_2', ('c',), False, False, False, context.eval_ctx.autoescape)
        def macro(l_1_c):
            t_24 = []
            l_1_gettext = resolve('gettext')
            if l_1_c is missing:
                l_1_c = undefined("parameter 'c' was not provided", name='c')
            pass
            t_24.append(
                str(((undefined(name='gettext') if l_1_gettext is missing else l_1_gettext))("Thank you for your support in my recent search; let's stay in touch.")),
            )
            return concat(t_24)
        context.exported_vars.add('agency_3')
        context.vars['agency_3'] = l_0_agency_3 = Macro(environment, macro, 'agency_3', ('c',), False, False, False, context.eval_ctx.autoescape)
        yield '\n'
        def macro(l_1_c):
            t_25 = []
            l_1_gettext = resolve('gettext')
            if l_1_c is missing:
                l_1_c = undefined("parameter 'c' was not provided", name='c')
            pass
            t_25.append(
                str(((undefined(name='gettext') if l_1_gettext is missing else l_1_gettext))("Thank you again for referring me to %(company)s; I'd love to stay connected.", company=environment.getattr(l_1_c, 'company'))),
            )
            return concat(t_25)
        context.exported_vars.add('referrer_1')
        context.vars['referrer_1'] = l_0_referrer_1 = Macro(environment, macro, 'referrer_1', ('c',), False, False, False, context.eval_ctx.autoescape)
        def macro(l_1_c):
            t_26 = []
            l_1_gettext = resolve('gettext')
            if l_1_c is missing:
                l_1_c = undefined("parameter 'c' was not provided", name='c')
            pass
            t_26.append(
                str(((undefined(name='gettext') if l_1_gettext is missing else l_1_gettext))("Thank you again for the referral; let's stay in touch.")),
            )
            return concat(t_26)
        context.exported_vars.add('referrer_2')
        context.vars['referrer_2'] = l_0_referrer_2 = Macro(environment, macro, 'referrer_2', ('c',), False, False, False, context.eval_ctx.autoescape)
        def macro(l_1_c):
            t_27 = []
            l_1_gettext = resolve('gettext')
            if l_1_c is missing:
                l_1_c = undefined("parameter 'c' was not provided", name='c')
            pass
            t_27.append(
                str(((undefined(name='gettext') if l_1_gettext is missing else l_1_gettext))("I'm grateful for your referral to %(company)s and would be glad to stay connected.", company=environment.getattr(l_1_c, 'company'))),
            )
            return concat(t_27)
        context.exported_vars.add('referrer_3')
        context.vars['referrer_3'] = l_0_referrer_3 = Macro(environment, macro, 'referrer_3', ('c',), False, False, False, context.eval_ctx.autoescape)

    blocks = {}
    debug_info = '6=12&7=33&8=47&9=61&10=75&11=87&12=99&13=111&14=123&15=135&16=147&17=159&19=172&20=186&21=200&22=214&23=226&24=238&25=250&26=262&27=274&29=287&30=299&31=311&33=324&34=336&35=348'
    return locals()
